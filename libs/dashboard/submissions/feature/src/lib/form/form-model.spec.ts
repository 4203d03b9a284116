import type { LeafView, SubmissionView } from '@prgauge/contracts';
import { fieldProblem, missingForSubmit, parseNumber, sectionsOf, timeLeft } from './form-model';

const leaf = (key: string, index: string, extra: Partial<LeafView> = {}): LeafView => ({
  key,
  index,
  name: key,
  type: 'number',
  direction: 'higher',
  source: 'agency',
  evidenceRequired: false,
  ...extra,
});

const view = {
  indices: [
    { key: 'media', name: 'Media' },
    { key: 'web', name: 'Web' },
  ],
  leaves: [
    leaf('media.releases', 'media', { evidenceRequired: true }),
    leaf('media.quality', 'media', { source: 'evaluator', type: 'rating', max: 5 }),
    leaf('web.answered', 'web', { type: 'percent' }),
    leaf('web.training', 'web', { source: 'computed' }),
  ],
} as SubmissionView;

describe('data entry form model', () => {
  it('counts in each section only the leaves the agency fills', () => {
    const values = new Map([['media.releases', 12]]);
    expect(sectionsOf(view, values).map((s) => [s.key, s.filled, s.own])).toEqual([
      ['media', 1, 1],
      ['web', 0, 1],
    ]);
  });

  it('says what the server would refuse: negatives, percentages over 100, ratings over max', () => {
    expect(fieldProblem(view.leaves[0], -1)).toBe('negative');
    expect(fieldProblem(view.leaves[2], 100.5)).toBe('overHundred');
    expect(fieldProblem(view.leaves[1], 6)).toBe('overMax');
    expect(fieldProblem(view.leaves[2], 100)).toBeNull();
    expect(fieldProblem(view.leaves[0], NaN)).toBe('notANumber');
  });

  it('reads Persian digits, a decimal comma and spaces between thousands', () => {
    expect(parseNumber('۱۲')).toBe(12);
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('۳٫۵')).toBe(3.5);
    expect(parseNumber('1 250')).toBe(1250);
    expect(parseNumber('۱٬۲۵۰')).toBe(1250);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12a')).toBeNaN();
  });

  it('lists a missing value, then missing evidence once the value is there', () => {
    expect(missingForSubmit(view, new Map(), new Map())).toEqual([
      { indicator: 'media.releases', problem: 'value' },
      { indicator: 'web.answered', problem: 'value' },
    ]);
    const values = new Map<string, number>([
      ['media.releases', 3],
      ['web.answered', 40],
    ]);
    expect(missingForSubmit(view, values, new Map())).toEqual([
      { indicator: 'media.releases', problem: 'evidence' },
    ]);
    expect(missingForSubmit(view, values, new Map([['media.releases', 1]]))).toEqual([]);
  });

  it('counts down to the deadline in days and hours', () => {
    expect(timeLeft('2026-12-20T18:00:00Z', new Date('2026-11-23T09:00:00Z'))).toEqual({
      days: 27,
      hours: 9,
    });
    expect(timeLeft('2026-11-01T00:00:00Z', new Date('2026-11-23T09:00:00Z'))).toBeNull();
  });
});
