import { trendChart } from './report-charts';
import { reportLocale } from './report-format';

/** Each cycle label's lines with their centre, read back from the chart's SVG. */
function labelLines(svg: string): { x: number; text: string }[] {
  return [...svg.matchAll(/<tspan x="([\d.]+)" y="[\d.]+">([^<]*)<\/tspan>/g)].map((m) => ({
    x: Number(m[1]),
    text: m[2],
  }));
}

describe('the trend chart', () => {
  it.each([
    ['fa', ['ارزیابی ۱۴۰۲', 'ارزیابی ۱۴۰۳', 'ارزیابی ۱۴۰۴']],
    ['ru', ['Оценка 2023', 'Оценка 2024', 'Оценка 2025']],
  ] as const)('keeps every %s cycle name whole and inside the drawing', (locale, names) => {
    const width = 320;
    const chart = trendChart(
      reportLocale(locale),
      names.map((label, i) => ({ label, value: 60 + i * 5 })),
      100,
      width,
    );
    const lines = labelLines(chart);
    expect(lines.map((l) => l.text).join(' ')).toBe(names.join(' '));
    // About 4.9 units per character of 8.5-unit type, centred on the point.
    for (const { x, text } of lines) {
      expect(x - text.length * 2.45).toBeGreaterThanOrEqual(0);
      expect(x + text.length * 2.45).toBeLessThanOrEqual(width);
    }
  });

  it('wraps a long cycle name onto more lines rather than cutting it', () => {
    const chart = trendChart(reportLocale('ru'), [{ label: 'Оценка эффективности 2025', value: 70 }], 100);
    expect(labelLines(chart).map((l) => l.text)).toEqual(['Оценка', 'эффективности', '2025']);
  });
});
