import { anomalyRows } from './anomaly-rows';

describe('anomaly rows', () => {
  it('measures each burst in minutes, a burst within a minute counting as one, densest first', () => {
    const rows = anomalyRows([
      {
        kind: 'registration_day',
        key: '2026-04-10',
        votes: 30,
        firstAt: '2026-04-12T10:00:00Z',
        lastAt: '2026-04-12T11:00:00Z',
      },
      {
        kind: 'address',
        key: '9f2c',
        votes: 12,
        firstAt: '2026-04-12T10:00:00Z',
        lastAt: '2026-04-12T10:00:20Z',
      },
    ]);
    expect(rows.map((r) => [r.key, r.minutes, r.perMinute])).toEqual([
      ['9f2c', 1, 12],
      ['2026-04-10', 60, 0.5],
    ]);
  });
});
