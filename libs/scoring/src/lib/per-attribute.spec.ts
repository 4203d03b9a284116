import { aDocument, anAgency, leaf } from '../testing/builders';
import { scoreDocument } from './engine';

describe('values per agency attribute', () => {
  const doc = aDocument(
    [leaf('releases', 1, { type: 'number', per: 'prStaff' })],
    [
      anAgency('big').with('prStaff', 4).build(),
      anAgency('small').with('prStaff', 1).build(),
      anAgency('none').with('prStaff', 0).build(),
      'unknown',
    ],
    { big: { releases: 20 }, small: { releases: 10 }, none: { releases: 50 }, unknown: { releases: 50 } },
  );
  const results = Object.fromEntries(scoreDocument(doc).results.map((r) => [r.agency, r]));

  it('divides first: big 20/4 = 5 is the minimum → 0, small 10/1 = 10 → 100', () => {
    expect(results['big'].scores['releases']).toBe(0);
    expect(results['small'].scores['releases']).toBe(100);
  });

  it('a zero or missing attribute makes the value missing (scored 0 under "zero", coverage 0)', () => {
    expect(results['none']).toMatchObject({ coverage: 0, total: 0 });
    expect(results['unknown']).toMatchObject({ coverage: 0, total: 0 });
  });
});
