import { barChart, wrapLabel } from './chart-configs';

const texts = { rtl: false, font: 'Roboto', format: (v: number) => String(v) };

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
