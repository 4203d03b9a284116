import type { RankingResponse } from '@prgauge/contracts';
import { rankingCsv } from './ranking-csv';

const ranking: RankingResponse = {
  cycle: {
    id: 'c',
    name: '2025',
    regionId: 'r',
    status: 'published',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
  },
  publishedAt: '2026-02-01T00:00:00Z',
  scale: 100,
  indices: [{ key: 'media', name: { ru: 'СМИ', en: 'Media' }, share: 1 }],
  previousCycleId: null,
  peerGroups: [{ code: 'health', name: { ru: 'Здравоохранение', en: 'Health' } }],
  rows: [
    {
      agencyId: 'a',
      code: 'H-1',
      name: { ru: 'Больница "Центр", №1', en: 'Hospital' },
      peerGroup: 'health',
      total: 72.456,
      rank: 1,
      groupRank: 1,
      indices: { media: 72.456 },
      coverage: 0.875,
      movement: -2,
    },
    {
      agencyId: 'b',
      code: '=SUM(A1)',
      name: { ru: '\tПусто' },
      peerGroup: null,
      total: null,
      rank: null,
      groupRank: null,
      indices: { media: null },
      coverage: 0,
      movement: null,
    },
  ],
};

describe('ranking CSV', () => {
  it('writes a BOM, the headers, quoted names, rounded figures (negative ones as numbers) and no formulas, not even after a tab', () => {
    const csv = rankingCsv(ranking, ranking.rows, {
      headers: {
        rank: 'Место',
        movement: 'Сдвиг',
        code: 'Код',
        agency: 'Ведомство',
        group: 'Группа',
        total: 'Итог',
        coverage: 'Полнота, %',
      },
      name: (t) => (typeof t === 'string' ? t : (t.ru ?? '')),
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFМесто,Сдвиг,Код,Ведомство,Группа,Итог,СМИ,"Полнота, %"',
      '1,-2,H-1,"Больница ""Центр"", №1",Здравоохранение,72.46,72.5,88',
      ",,'=SUM(A1),'\tПусто,,,,0",
      '',
    ]);
  });
});
