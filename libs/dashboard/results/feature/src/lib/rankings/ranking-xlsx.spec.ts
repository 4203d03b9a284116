import { rankingXlsxHref } from './ranking-xlsx';

describe('rankingXlsxHref', () => {
  it('keeps the language and the filters the page shows', () => {
    expect(rankingXlsxHref('c-1', { locale: 'fa', group: 'health', search: ' شهرداری ' })).toBe(
      '/api/cycles/c-1/ranking.xlsx?lang=fa&group=health&search=%D8%B4%D9%87%D8%B1%D8%AF%D8%A7%D8%B1%DB%8C',
    );
  });

  it('leaves out filters that are not set', () => {
    expect(rankingXlsxHref('c-1', { locale: 'ru', group: null, search: '' })).toBe(
      '/api/cycles/c-1/ranking.xlsx?lang=ru',
    );
  });
});
