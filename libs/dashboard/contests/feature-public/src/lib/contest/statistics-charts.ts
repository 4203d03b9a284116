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
  /** Null for the first year of a series: there is nothing to grow from. */
  growth: ChartConfiguration | null;
}

/** Nomination names longer than this are cut on the chart's axis; the table beside it has them whole. */
const AXIS_LABEL_LENGTH = 24;

const axisLabel = (text: string) =>
  text.length > AXIS_LABEL_LENGTH ? `${text.slice(0, AXIS_LABEL_LENGTH - 1).trimEnd()}…` : text;

/** Applications per nomination, and participants this year against last year of the series. */
export function statisticsCharts(
  results: ContestResults,
  names: StatisticsNames,
  texts: ChartTexts,
): StatisticsCharts {
  const { statistics, contest } = results;
  const previous = statistics.previousYearParticipants;
  return {
    perNomination: barChart(
      statistics.perNomination.map((p) => axisLabel(names.nomination(p.nominationId))),
      [{ label: names.applications, values: statistics.perNomination.map((p) => p.applications) }],
      texts,
    ),
    growth:
      previous === null
        ? null
        : barChart(
            [names.year(contest.year - 1), names.year(contest.year)],
            [{ label: names.participants, values: [previous, statistics.participants] }],
            texts,
          ),
  };
}

/** The change in participants against last year, in per cent; null without a previous year or from zero. */
export function growthPercent(results: ContestResults): number | null {
  const previous = results.statistics.previousYearParticipants;
  return previous ? ((results.statistics.participants - previous) / previous) * 100 : null;
}
