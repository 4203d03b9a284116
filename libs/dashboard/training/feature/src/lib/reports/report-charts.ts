import type { PersonHoursRow, TrainingReport } from '@prgauge/contracts';
import { barChart, type ChartTexts, lineChart } from '@prgauge/dashboard-shared-charts';
import type { ChartConfiguration } from 'chart.js';

/** More bars than this would be too thin to read; the table beside the chart lists every row. */
export const CHART_ROWS = 15;

/** How the page names things: its language's text for a key or a record's own multilingual name. */
export interface ReportNames {
  personHours: string;
  perStaffMember: string;
  attendanceRate: string;
  /** A topic's, an agency's or a committee's own name. */
  named: (row: PersonHoursRow) => string;
  audience: (code: string) => string;
  month: (key: string) => string;
}

export interface ReportCharts {
  byTopic: ChartConfiguration;
  byAudience: ChartConfiguration;
  byMonth: ChartConfiguration;
  byAgency: ChartConfiguration;
  byCommittee: ChartConfiguration;
  perStaff: ChartConfiguration;
  trainers: ChartConfiguration;
  eventRates: ChartConfiguration;
}

function hoursBars(
  rows: PersonHoursRow[],
  name: (row: PersonHoursRow) => string,
  names: ReportNames,
  texts: ChartTexts,
): ChartConfiguration {
  const shown = rows.slice(0, CHART_ROWS);
  return barChart(
    shown.map(name),
    [{ label: names.personHours, values: shown.map((r) => r.personHours) }],
    texts,
  );
}

/** Every chart of the report, largest values first except the months, which run in time order. */
export function reportCharts(report: TrainingReport, names: ReportNames, texts: ChartTexts): ReportCharts {
  const perStaff = report.perStaff
    .filter((s) => s.perStaffMember !== null)
    .sort((a, b) => (b.perStaffMember ?? 0) - (a.perStaffMember ?? 0))
    .slice(0, CHART_ROWS);
  const trainers = report.topTrainers.slice(0, CHART_ROWS);
  const rates = report.eventRates.filter((e) => e.attendanceRate !== null).slice(0, CHART_ROWS);
  return {
    byTopic: hoursBars(report.byTopic, names.named, names, texts),
    byAudience: hoursBars(report.byAudience, (r) => names.audience(r.key), names, texts),
    byMonth: lineChart(
      report.byMonth.map((m) => names.month(m.key)),
      [{ label: names.personHours, values: report.byMonth.map((m) => m.personHours) }],
      texts,
    ),
    byAgency: hoursBars(report.byAgency, names.named, names, texts),
    byCommittee: hoursBars(report.byCommittee, names.named, names, texts),
    perStaff: barChart(
      perStaff.map((s) => s.agencyCode),
      [{ label: names.perStaffMember, values: perStaff.map((s) => s.perStaffMember) }],
      texts,
    ),
    trainers: barChart(
      trainers.map((t) => t.name),
      [{ label: names.personHours, values: trainers.map((t) => t.personHours) }],
      texts,
    ),
    eventRates: barChart(
      rates.map((e) => e.title),
      [{ label: names.attendanceRate, values: rates.map((e) => e.attendanceRate) }],
      texts,
      100,
      'percent',
    ),
  };
}

/** A chart's height for its number of bars, so bars keep their thickness whatever the count. */
export function barsHeight(count: number): string {
  return `${Math.max(4, Math.min(CHART_ROWS, count)) * 1.75 + 3}rem`;
}
