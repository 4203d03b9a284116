import type { ReviewQueueItem } from '@prgauge/contracts';
import { changePercent, commentsToSend, queueOrder } from './review-model';

const item = (code: string, status: ReviewQueueItem['status'], flags = 0, changed = 0): ReviewQueueItem => ({
  submissionId: code,
  agencyId: code,
  agencyCode: code,
  agencyName: { ru: code },
  status,
  deadline: '2026-12-20T18:00:00Z',
  extensionUntil: null,
  submittedAt: null,
  flags,
  changedSinceReview: changed,
  version: 1,
});

describe('review model', () => {
  it('computes change against last cycle: 12 after 10 is +20 %, 0 after 0 is 0, anything after 0 is unknown', () => {
    expect(changePercent(12, 10)).toBeCloseTo(20, 10);
    expect(changePercent(5, 10)).toBeCloseTo(-50, 10);
    expect(changePercent(0, 0)).toBe(0);
    expect(changePercent(3, 0)).toBeNull();
    expect(changePercent(null, 4)).toBeNull();
  });

  it('sends only comments with text, trimmed, the general one last', () => {
    expect(
      commentsToSend(
        new Map([
          ['media.releases', '  Attach the list of releases '],
          ['web.answered', '   '],
        ]),
        'Please check the figures.',
      ),
    ).toEqual([
      { indicator: 'media.releases', body: 'Attach the list of releases' },
      { body: 'Please check the figures.' },
    ]);
  });

  it('puts submitted work first, flagged and most changed ahead', () => {
    const order = queueOrder([
      item('D', 'draft'),
      item('A', 'submitted', 0, 5),
      item('R', 'returned'),
      item('B', 'submitted', 2, 0),
      item('C', 'submitted', 0, 9),
    ]);
    expect(order.map((i) => i.agencyCode)).toEqual(['B', 'C', 'A', 'R', 'D']);
  });
});
