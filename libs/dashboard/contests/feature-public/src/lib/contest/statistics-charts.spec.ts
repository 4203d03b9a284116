import type { ContestResults } from '@prgauge/contracts';
import { growthPercent, statisticsCharts } from './statistics-charts';

const results = (previousYearParticipants: number | null) =>
  ({
    contest: { year: 2026 },
    statistics: {
      applications: 229,
      participants: 176,
      previousYearParticipants,
      perNomination: [
        { nominationId: 'a', applications: 40 },
        { nominationId: 'b', applications: 25 },
      ],
    },
  }) as unknown as ContestResults;

const names = {
  applications: 'Applications',
  participants: 'Participants',
  nomination: (id: string) => `N-${id}`,
  year: (year: number) => String(year),
};
const texts = { rtl: false, font: 'Roboto', format: String, percent: String, digits: String };

describe('statisticsCharts', () => {
  it('draws a bar per nomination and last year against this year', () => {
    const charts = statisticsCharts(results(85), names, texts);
    expect(charts.perNomination.data.labels).toEqual(['N-a', 'N-b']);
    expect(charts.perNomination.data.datasets[0].data).toEqual([40, 25]);
    expect(charts.growth?.data.labels).toEqual(['2025', '2026']);
    expect(charts.growth?.data.datasets[0].data).toEqual([85, 176]);
  });

  it('cuts a long nomination name on the axis', () => {
    const long = { ...names, nomination: () => 'Best press secretary of a regional akimat' };
    expect(statisticsCharts(results(85), long, texts).perNomination.data.labels?.[0]).toBe(
      'Best press secretary of…',
    );
  });

  it('has no growth chart in the first year of a series', () => {
    expect(statisticsCharts(results(null), names, texts).growth).toBeNull();
    expect(growthPercent(results(null))).toBeNull();
  });

  it('computes 85 → 176 as 107 % growth', () => {
    expect(growthPercent(results(85))).toBeCloseTo(107.06, 2);
  });
});
