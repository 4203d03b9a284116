import type { ContestResults } from '@prgauge/contracts';
import { barChart, type ChartTexts } from '@prgauge/dashboard-shared-charts';
import type { ChartConfiguration } from 'chart.js';

/** How the page names things in its language. */
export interface StatisticsNames {
  applications: string;
  participants: string;
  nomination: (id: string) => string;
  year: (year: number) => string;
}

export interface StatisticsCharts {
  perNomination: ChartConfiguration;
  /** Participants and applications per year of the series; null while the series has one year only. */
  growth: ChartConfiguration | null;
}

/** Nomination names longer than this are cut on the chart's axis; the table beside it has them whole. */
const AXIS_LABEL_LENGTH = 24;

const axisLabel = (text: string) =>
  text.length > AXIS_LABEL_LENGTH ? `${text.slice(0, AXIS_LABEL_LENGTH - 1).trimEnd()}…` : text;

/** Applications per nomination, and participants and applications over every year of the series. */
export function statisticsCharts(
  results: ContestResults,
  names: StatisticsNames,
  texts: ChartTexts,
): StatisticsCharts {
  const { statistics } = results;
  const series = statistics.series;
  return {
    perNomination: barChart(
      statistics.perNomination.map((p) => axisLabel(names.nomination(p.nominationId))),
      [{ label: names.applications, values: statistics.perNomination.map((p) => p.applications) }],
      texts,
    ),
    growth:
      series.length < 2
        ? null
        : barChart(
            series.map((y) => names.year(y.year)),
            [
              { label: names.participants, values: series.map((y) => y.participants) },
              { label: names.applications, values: series.map((y) => y.applications) },
            ],
            texts,
          ),
  };
}

/** The year growth is counted from: the earliest earlier year of the series with a participants figure. */
export interface GrowthBase {
  year: number;
  participants: number;
  /** Whether that year is the one right before this contest's. */
  previousYear: boolean;
  /** The change to this year's participants, in per cent; null from zero. */
  percent: number | null;
}

/** Where this year's participants grew from, or null in the first known year of a series. */
export function growthBase(results: ContestResults): GrowthBase | null {
  const { statistics, contest } = results;
  const base = statistics.series.find((y) => y.year < contest.year && y.participants !== null);
  if (!base || base.participants === null) return null;
  return {
    year: base.year,
    participants: base.participants,
    previousYear: base.year === contest.year - 1,
    percent: base.participants
      ? ((statistics.participants - base.participants) / base.participants) * 100
      : null,
  };
}
