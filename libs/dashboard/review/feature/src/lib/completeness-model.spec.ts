import type { CompletenessRow } from '@prgauge/contracts';
import { boardOrder, stateShares } from './completeness-model';

const row = (
  code: string,
  state: CompletenessRow['state'],
  filled: number,
  late = false,
): CompletenessRow => ({
  agencyId: code,
  agencyCode: code,
  agencyName: { ru: code },
  state,
  filled,
  late,
  extensionUntil: null,
});

describe('completeness board', () => {
  const rows = [
    row('A', 'approved', 1),
    row('B', 'submitted', 1),
    row('C', 'draft', 0.5),
    row('D', 'not-started', 0, true),
  ];

  it('counts agencies per state: one of four approved is a quarter', () => {
    expect(stateShares(rows).map((s) => [s.state, s.count, s.share])).toEqual([
      ['approved', 1, 0.25],
      ['submitted', 1, 0.25],
      ['returned', 0, 0],
      ['draft', 1, 0.25],
      ['not-started', 1, 0.25],
    ]);
  });

  it('puts late agencies first, then those furthest from done', () => {
    expect(boardOrder(rows).map((r) => r.agencyCode)).toEqual(['D', 'C', 'B', 'A']);
  });
});
