export { ChartComponent } from './lib/chart';
export { barChart, radarChart, lineChart, wrapLabel, SERIES_COLOURS } from './lib/chart-configs';
export type { ChartTexts, Series } from './lib/chart-configs';
export { injectChartTexts } from './lib/chart-texts';
