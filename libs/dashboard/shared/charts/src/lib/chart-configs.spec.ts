import type { TooltipItem } from 'chart.js';
import { formatNumber, formatPercent, localDigits } from '@prgauge/dashboard-shared-i18n';
import {
  barChart,
  type ChartTexts,
  lineChart,
  radarChart,
  tooltipCallbacks,
  wrapLabel,
} from './chart-configs';

const texts = { rtl: false, font: 'Roboto', format: String, percent: String, digits: String };

/** The chart texts of Persian, as `injectChartTexts` builds them for fa. */
const persian: ChartTexts = {
  rtl: true,
  font: 'Vazirmatn',
  format: (v) => formatNumber('fa', v, Number.isInteger(v) ? 0 : 1),
  percent: (v) => formatPercent('fa', v, Number.isInteger(v) ? 0 : 1),
  digits: (text) => localDigits('fa', text),
};

type Tick = (value: number) => string;
const item = (label: string, raw: number, dataset = 'Total') =>
  ({ label, raw, dataset: { label: dataset } }) as unknown as TooltipItem<'bar'>;

describe('chart configurations', () => {
  it('wraps a long label into lines of about sixteen characters, never splitting a word', () => {
    expect(wrapLabel('Передача PR-работ частному сектору')).toEqual([
      'Передача',
      'PR-работ',
      'частному сектору',
    ]);
    expect(wrapLabel('Издания')).toEqual(['Издания']);
  });

  it('mirrors the value axis and moves the labels to the right in a right-to-left language', () => {
    const ltr = barChart(['a'], [{ label: 'x', values: [1] }], texts);
    const rtl = barChart(['a'], [{ label: 'x', values: [1] }], { ...texts, rtl: true });
    expect(ltr.options?.scales?.['x']?.reverse).toBe(false);
    expect(rtl.options?.scales?.['x']?.reverse).toBe(true);
    expect((rtl.options?.scales?.['y'] as { position?: string }).position).toBe('right');
  });
});

describe('chart numbers in Persian', () => {
  it('writes value-axis ticks in Persian digits, and percentages with the Persian percent sign', () => {
    const plain = barChart(['a'], [{ label: 'x', values: [1] }], persian);
    const rates = barChart(['a'], [{ label: 'x', values: [1] }], persian, 100, 'percent');
    const tick = (config: typeof plain) =>
      (config.options?.scales?.['x']?.ticks as { callback: Tick }).callback;
    expect(tick(plain)(72.5)).toBe('۷۲٫۵');
    expect(tick(rates)(85)).toBe('۸۵٪');
  });

  it('writes category labels such as cycle names in Persian digits', () => {
    const trend = lineChart(['2025', '2026'], [{ label: 'x', values: [1, 2] }], persian);
    const bars = barChart(['1. Agency 7'], [{ label: 'x', values: [1] }], persian);
    const radar = radarChart(['Index 2'], [{ label: 'x', values: [1] }], persian);
    expect(trend.data.labels).toEqual(['۲۰۲۵', '۲۰۲۶']);
    expect(bars.data.labels).toEqual(['۱. Agency ۷']);
    expect(radar.data.labels).toEqual([['Index ۲']]);
  });

  it('writes tooltips as the axes are, with the series name and the unit', () => {
    const numbers = tooltipCallbacks(persian);
    const rates = tooltipCallbacks(persian, 'percent');
    expect(numbers.title([item('2026', 72.5)])).toEqual(['۲۰۲۶']);
    expect(numbers.label(item('2026', 72.5, 'امتیاز کل'))).toBe('امتیاز کل: ۷۲٫۵');
    expect(rates.label(item('x', 85, 'حضور'))).toBe('حضور: ۸۵٪');
  });

  it('puts the tooltip callbacks in every chart kind', () => {
    const configs = [
      barChart(['a'], [{ label: 'x', values: [1] }], persian),
      lineChart(['a'], [{ label: 'x', values: [1] }], persian),
      radarChart(['a'], [{ label: 'x', values: [1] }], persian),
    ];
    const labels = configs.map((c) =>
      (c.options?.plugins?.tooltip?.callbacks?.label as (i: TooltipItem<'bar'>) => string)(item('a', 3)),
    );
    expect(labels).toEqual(['Total: ۳', 'Total: ۳', 'Total: ۳']);
  });
});
