import type { RankingRow } from '@prgauge/contracts';
import { bandOf, filterRows, movementOf, nearMine } from './ranking-rows';

const row = (rank: number, code: string, group = 'health', name = `Agency ${code}`): RankingRow => ({
  agencyId: code,
  code,
  name: { en: name, ru: `Ведомство ${code}` },
  peerGroup: group,
  total: 100 - rank,
  rank,
  groupRank: rank,
  indices: {},
  coverage: 1,
  movement: null,
});
const rows = Array.from({ length: 20 }, (_, i) => row(i + 1, `A${i + 1}`, i % 2 ? 'health' : 'education'));

describe('ranking rows', () => {
  it('bands 80 and above as excellent, 59.9 as fair, 0 as weak, null as none', () => {
    expect([
      bandOf(80),
      bandOf(79.99),
      bandOf(60),
      bandOf(59.9),
      bandOf(40),
      bandOf(0),
      bandOf(null),
    ]).toEqual(['excellent', 'good', 'good', 'fair', 'fair', 'weak', 'none']);
  });

  it('filters by peer group and by a search in any language or the code', () => {
    const en = (t: { en?: string }) => t.en ?? '';
    expect(filterRows(rows, { group: 'health', search: '', name: en })).toHaveLength(10);
    expect(filterRows(rows, { group: null, search: 'a13', name: en }).map((r) => r.code)).toEqual(['A13']);
    expect(filterRows(rows, { group: null, search: 'ведомство a2', name: en }).map((r) => r.code)).toEqual([
      'A2',
      'A20',
    ]);
  });

  it('finds names typed with Arabic Yeh and Kaf, a space for a ZWNJ, or е for ё', () => {
    const named = [
      { ...row(1, 'P1'), name: { fa: 'شهرداری کرمان' } },
      { ...row(2, 'P2'), name: { fa: 'کتابخانه\u200cهای عمومی' } },
      { ...row(3, 'R1'), name: { ru: 'Объединённая редакция' } },
      { ...row(4, 'R2'), name: { ru: 'Мой город' } },
    ];
    const found = (search: string) =>
      filterRows(named, { group: null, search, name: (t) => t.fa ?? t.ru ?? '' }).map((r) => r.code);
    expect(found('شهرداري')).toEqual(['P1']);
    expect(found('كرمان')).toEqual(['P1']);
    expect(found('کتابخانه های')).toEqual(['P2']);
    expect(found('объединенная')).toEqual(['R1']);
    expect(found('мои город')).toEqual([]);
  });

  it('shows an editor at rank 12 the top five, a gap, then ranks 9 to 15', () => {
    const shown = nearMine(rows, 'A12');
    expect(shown.map((s) => s.row.rank)).toEqual([1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15]);
    expect(shown.filter((s) => s.gapBefore).map((s) => s.row.rank)).toEqual([9]);
  });

  it('shows an editor at rank 4 ranks 1 to 7 without a gap', () => {
    const shown = nearMine(rows, 'A4');
    expect(shown.map((s) => s.row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(shown.some((s) => s.gapBefore)).toBe(false);
  });

  it('reads movement as arrows', () => {
    expect([movementOf(2), movementOf(-3), movementOf(0), movementOf(null)]).toEqual([
      { arrow: '▲', places: 2 },
      { arrow: '▼', places: 3 },
      { arrow: '=', places: 0 },
      { arrow: '', places: 0 },
    ]);
  });
});
