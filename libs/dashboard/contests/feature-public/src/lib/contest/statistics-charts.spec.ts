import type { ContestResults, SeriesYearStatistics } from '@prgauge/contracts';
import { growthBase, statisticsCharts } from './statistics-charts';

const held = (year: number, participants: number, applications: number): SeriesYearStatistics => ({
  year,
  source: 'held',
  participants,
  applications,
  winners: null,
});
const entered = (year: number, participants: number | null): SeriesYearStatistics => ({
  year,
  source: 'entered',
  participants,
  applications: null,
  winners: null,
});

const results = (series: SeriesYearStatistics[], year = 2023) =>
  ({
    contest: { year },
    statistics: {
      applications: 229,
      participants: 176,
      previousYearParticipants: null,
      perNomination: [
        { nominationId: 'a', applications: 40 },
        { nominationId: 'b', applications: 25 },
      ],
      series,
    },
  }) as unknown as ContestResults;

const names = {
  applications: 'Applications',
  participants: 'Participants',
  nomination: (id: string) => `N-${id}`,
  year: (year: number) => String(year),
};
const texts = { rtl: false, font: 'Roboto', format: String, percent: String, digits: String };
const kaluga = [entered(2021, 85), held(2023, 176, 229)];

describe('statisticsCharts', () => {
  it('draws a bar per nomination, and every year of the series with its participants and applications', () => {
    const charts = statisticsCharts(results(kaluga), names, texts);
    expect(charts.perNomination.data.labels).toEqual(['N-a', 'N-b']);
    expect(charts.perNomination.data.datasets[0].data).toEqual([40, 25]);
    expect(charts.growth?.data.labels).toEqual(['2021', '2023']);
    expect(charts.growth?.data.datasets.map((d) => d.data)).toEqual([
      [85, 176],
      [null, 229],
    ]);
  });

  it('cuts a long nomination name on the axis', () => {
    const long = { ...names, nomination: () => 'Best press secretary of a regional akimat' };
    expect(statisticsCharts(results(kaluga), long, texts).perNomination.data.labels?.[0]).toBe(
      'Best press secretary of…',
    );
  });

  it('has no growth chart in the first year of a series', () => {
    const first = results([held(2023, 176, 229)]);
    expect(statisticsCharts(first, names, texts).growth).toBeNull();
    expect(growthBase(first)).toBeNull();
  });
});

describe('growthBase', () => {
  it('counts 85 in 2021 → 176 in 2023 as 107 % growth since 2021', () => {
    const base = growthBase(results(kaluga));
    expect(base).toMatchObject({ year: 2021, participants: 85, previousYear: false });
    expect(base?.percent).toBeCloseTo(107.06, 2);
  });

  it('skips an earlier year entered without participants', () => {
    const base = growthBase(results([entered(2020, null), entered(2022, 150), held(2023, 176, 229)]));
    expect(base).toMatchObject({ year: 2022, participants: 150, previousYear: true });
  });

  it('gives no percentage from zero', () => {
    expect(growthBase(results([entered(2022, 0), held(2023, 176, 229)]))?.percent).toBeNull();
  });
});
