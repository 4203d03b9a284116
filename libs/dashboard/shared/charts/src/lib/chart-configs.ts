import type { ChartConfiguration } from 'chart.js';

/** The palette every chart shares, readable on white and distinguishable without colour names. */
export const SERIES_COLOURS = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037'];

export interface ChartTexts {
  /** Right to left: axes and legends mirror, as a reader of Persian expects. */
  rtl: boolean;
  /** The font family of the active language, so Persian digits and letters match the page. */
  font: string;
  /** Formats a value as the page does (locale digits). */
  format: (value: number) => string;
}

export interface Series {
  label: string;
  values: (number | null)[];
}

function shared(texts: ChartTexts) {
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
      },
    },
  } as const;
}

/** Horizontal bars, one per label: the first label on top, bars growing from the reading side. */
export function barChart(
  labels: string[],
  series: Series[],
  texts: ChartTexts,
  max?: number,
): ChartConfiguration {
  const base = shared(texts);
  return {
    type: 'bar',
    data: {
      labels,
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
          ticks: { callback: (value) => texts.format(Number(value)), font: { family: texts.font } },
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
      labels: labels.map((label) => wrapLabel(label)),
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
      labels,
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
