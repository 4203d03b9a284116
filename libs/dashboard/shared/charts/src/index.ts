export { ChartComponent } from './lib/chart';
export {
  barChart,
  radarChart,
  lineChart,
  wrapLabel,
  tooltipCallbacks,
  valueText,
  SERIES_COLOURS,
} from './lib/chart-configs';
export type { ChartTexts, ChartUnit, Series } from './lib/chart-configs';
export { injectChartTexts } from './lib/chart-texts';
