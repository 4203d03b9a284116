import type { NominationView } from '@prgauge/contracts';
import { measuresAsked, parseFigure, statedMeasureProblems, statedMeasuresOf } from './stated-measures-model';

const nomination = (id: string, criteria: NominationView['criteria']) =>
  ({ id, name: { en: id }, criteria }) as NominationView;
const pages = nomination('pages', [
  { key: 'quality', name: { en: 'Quality' }, weight: 1 },
  {
    key: 'subscribers',
    name: { en: 'Subscribers' },
    weight: 1,
    kind: 'measured',
    unit: { en: 'subscribers' },
    normalisation: 'min_max',
  },
]);
const comments = nomination('comments', [
  {
    key: 'rate',
    name: { en: 'Engagement rate' },
    weight: 1,
    kind: 'measured',
    unit: { en: '%' },
    normalisation: 'rank',
  },
]);

describe('stated values on the application form', () => {
  it('asks for the measured criteria of the chosen nominations only', () => {
    expect(measuresAsked([pages, comments], ['pages']).map((a) => a.key)).toEqual(['pages|subscribers']);
    expect(measuresAsked([pages, comments], ['comments', 'pages']).map((a) => a.key)).toEqual([
      'pages|subscribers',
      'comments|rate',
    ]);
  });

  it('reads figures as people type them in each language', () => {
    expect(parseFigure('12 500')).toBe(12500);
    expect(parseFigure('۱۲٬۵۰۰')).toBe(12500);
    expect(parseFigure('4,5 %')).toBe(4.5);
    expect(parseFigure('۴٫۵٪')).toBe(4.5);
    expect(parseFigure('٣٠٠')).toBe(300);
    expect(parseFigure('-5')).toBeNull();
    expect(parseFigure('many')).toBeNull();
    expect(parseFigure('')).toBeNull();
  });

  it('requires a figure for every asked criterion and sends them as numbers', () => {
    const asked = measuresAsked([pages, comments], ['pages', 'comments']);
    expect(statedMeasureProblems(asked, { 'pages|subscribers': '12 500' })).toEqual({
      'comments|rate': 'contests.apply.problem.figure',
    });
    expect(statedMeasuresOf(asked, { 'pages|subscribers': '12 500', 'comments|rate': '3,2' })).toEqual([
      { nominationId: 'pages', criterionKey: 'subscribers', value: 12500 },
      { nominationId: 'comments', criterionKey: 'rate', value: 3.2 },
    ]);
  });
});
