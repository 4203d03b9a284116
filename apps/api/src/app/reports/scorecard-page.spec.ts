import type { ScorecardResponse, ScorecardValue } from '@prgauge/contracts';
import { reportLocale } from './report-format';
import { scorecardSheets } from './scorecard-page';

const HEAD = { name: { ru: 'Акимат' }, address: { ru: 'Астана' }, emblem: null };

/** A published scorecard of agency A, ranked 1 of 2 with 86 points; `change` overrides any part. */
function aScorecard(change: Partial<ScorecardResponse> = {}): ScorecardResponse {
  return {
    cycle: {
      id: 'c1',
      name: '2026',
      regionId: 'r1',
      status: 'published',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    },
    publishedAt: '2027-01-10T10:00:00Z',
    timeZone: 'Asia/Almaty',
    agency: { id: 'a1', code: 'A', name: { ru: 'Ведомство A' }, peerGroup: null },
    scale: 100,
    total: 86,
    rank: 1,
    groupRank: null,
    agencyCount: 2,
    coverage: 1,
    stability: { medianRank: 1, rankInterval: [1, 2], topThreeProbability: 1 },
    bestAgencyId: 'a1',
    indices: [],
    values: [],
    trend: [],
    ...change,
  };
}

const releases: ScorecardValue = {
  indicator: 'media.releases',
  name: { ru: 'Пресс-релизы' },
  type: 'number',
  direction: 'higher',
  unit: { ru: 'на сотрудника' },
  value: 38,
  previous: 30,
  score: 100,
  per: { attribute: 'prStaff', amount: 3, scored: 38 / 3 },
};

/** The letter's text without tags, as a reader sees it. */
const textOf = (card: ScorecardResponse) =>
  scorecardSheets(reportLocale('ru'), card, HEAD, {})
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the scorecard letter', () => {
  it('prints a per-staff value as the total entered with the division the scoring made, as the dashboard does', () => {
    const text = textOf(aScorecard({ values: [releases] }));
    expect(text).toContain('Пресс-релизы 38 38 ÷ 3 сотр. пресс-службы = 12,7 на сотрудника');
    expect(text).not.toContain('Пресс-релизы на сотрудника');
  });

  it('says in one sentence that an unscored agency has no score in this cycle and why, instead of dashes', () => {
    const sheets = scorecardSheets(
      reportLocale('ru'),
      aScorecard({ total: null, rank: null, coverage: 0, stability: null, values: [releases] }),
      HEAD,
      {},
    );
    expect(sheets).toHaveLength(1);
    const text = sheets[0].replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Ведомство не получило оценку в этом цикле: его отчёт за цикл не был утверждён.');
    // No figure boxes of dashes, no "0 %" coverage, no values table.
    expect(text).not.toMatch(/Итоговый балл|0\s?%|Пресс-релизы/);
  });

  it('prints a likely range of one place as that place, and a wider one as both ends', () => {
    const one = textOf(
      aScorecard({ stability: { medianRank: 1, rankInterval: [1, 1], topThreeProbability: 1 } }),
    );
    expect(one).toContain('Вероятный диапазон мест 1 ');
    expect(one).not.toContain('1–1');
    expect(textOf(aScorecard())).toContain('Вероятный диапазон мест 1–2 ');
  });
});
