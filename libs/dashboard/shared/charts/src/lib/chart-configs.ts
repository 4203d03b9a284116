import type { ChartConfiguration, TooltipItem } from 'chart.js';

/** The palette every chart shares, readable on white and distinguishable without colour names. */
export const SERIES_COLOURS = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037'];

export interface ChartTexts {
  /** Right to left: axes and legends mirror, as a reader of Persian expects. */
  rtl: boolean;
  /** The font family of the active language, so Persian digits and letters match the page. */
  font: string;
  /** Formats a value as the page does (locale digits). */
  format: (value: number) => string;
  /** Formats a value 0..100 as a percentage (`٪` and Persian digits in fa). */
  percent: (value: number) => string;
  /** Writes the digits of a label in the locale's (a cycle "2026" on an axis reads "۲۰۲۶" in fa). */
  digits: (text: string) => string;
}

/** What a chart's values are: plain numbers, or percentages 0..100. */
export type ChartUnit = 'number' | 'percent';

/** The text of one value on an axis or in a tooltip, in the locale's digits and with its unit. */
export function valueText(texts: ChartTexts, value: number, unit: ChartUnit = 'number'): string {
  return unit === 'percent' ? texts.percent(value) : texts.format(value);
}

/** Tooltip lines written as the axes are: "Total: ۷۲٫۵", not chart.js's own digits. */
export function tooltipCallbacks(texts: ChartTexts, unit: ChartUnit = 'number') {
  return {
    title: (items: TooltipItem<'bar' | 'line' | 'radar'>[]) =>
      items.map((item) => texts.digits(String(item.label ?? ''))),
    label: (item: TooltipItem<'bar' | 'line' | 'radar'>) => {
      const value = typeof item.raw === 'number' ? valueText(texts, item.raw, unit) : String(item.raw ?? '');
      return item.dataset.label ? `${item.dataset.label}: ${value}` : value;
    },
  };
}

export interface Series {
  label: string;
  values: (number | null)[];
}

function shared(texts: ChartTexts, unit: ChartUnit = 'number') {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: 250 },
    locale: undefined,
    font: { family: texts.font },
    plugins: {
      legend: {
        rtl: texts.rtl,
        textDirection: texts.rtl ? 'rtl' : 'ltr',
        labels: { font: { family: texts.font } },
      },
      tooltip: {
        rtl: texts.rtl,
        textDirection: texts.rtl ? 'rtl' : 'ltr',
        titleFont: { family: texts.font },
        bodyFont: { family: texts.font },
        callbacks: tooltipCallbacks(texts, unit),
      },
    },
  } as const;
}

/**
 * Horizontal bars, one per label: the first label on top, bars growing from the reading side. `max` caps the
 * value axis; `unit` 'percent' writes values as percentages.
 */
export function barChart(
  labels: string[],
  series: Series[],
  texts: ChartTexts,
  max?: number,
  unit: ChartUnit = 'number',
): ChartConfiguration {
  const base = shared(texts, unit);
  return {
    type: 'bar',
    data: {
      labels: labels.map(texts.digits),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderRadius: 3,
        maxBarThickness: 22,
      })),
    },
    options: {
      ...base,
      indexAxis: 'y',
      plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: series.length > 1 } },
      scales: {
        x: {
          reverse: texts.rtl,
          beginAtZero: true,
          ...(max === undefined ? {} : { max }),
          ticks: { callback: (value) => valueText(texts, Number(value), unit), font: { family: texts.font } },
        },
        y: {
          position: texts.rtl ? 'right' : 'left',
          ticks: { font: { family: texts.font }, autoSkip: false },
        },
      },
    },
  };
}

/** Splits a long label into lines of about `width` characters, so radar labels are not cut at the edges. */
export function wrapLabel(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A radar of index scores 0..100, one polygon per series. */
export function radarChart(labels: string[], series: Series[], texts: ChartTexts): ChartConfiguration {
  return {
    type: 'radar',
    data: {
      labels: labels.map((label) => wrapLabel(texts.digits(label))),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        backgroundColor: `${SERIES_COLOURS[i % SERIES_COLOURS.length]}22`,
        pointRadius: 3,
        fill: i === 0,
      })),
    },
    options: {
      ...shared(texts),
      plugins: { ...shared(texts).plugins, legend: { ...shared(texts).plugins.legend, position: 'bottom' } },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: {
            stepSize: 25,
            callback: (value) => texts.format(Number(value)),
            font: { family: texts.font },
          },
          pointLabels: { font: { family: texts.font, size: 12 } },
        },
      },
    },
  };
}

/** Values over time, oldest on the reading side's start. `invert` puts 1 at the top, for ranks. */
export function lineChart(
  labels: string[],
  series: Series[],
  texts: ChartTexts,
  invert = false,
): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: labels.map(texts.digits),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        tension: 0.2,
        spanGaps: true,
      })),
    },
    options: {
      ...shared(texts),
      // The first and last labels sit on the chart's edges; room for them keeps "2025" from being cut.
      layout: { padding: { left: 16, right: 16 } },
      scales: {
        x: { reverse: texts.rtl, ticks: { font: { family: texts.font } } },
        y: {
          reverse: invert,
          position: texts.rtl ? 'right' : 'left',
          ticks: { callback: (value) => texts.format(Number(value)), font: { family: texts.font } },
        },
      },
    },
  };
}
