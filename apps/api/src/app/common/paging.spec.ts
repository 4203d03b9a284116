import { PAGE_SIZE, PAGE_TOTAL_BOUND } from '@prgauge/contracts';
import { InvalidFieldsException } from './api-error';
import { boundedTotalOf, countLimitOf, pageOfList, PageQueryPipe } from './paging';

const pipe = new PageQueryPipe();

/** The field problems a query is refused with, as [field, code] pairs; empty when it is accepted. */
function refusal(query: Record<string, unknown>): [string, string | undefined][] {
  try {
    pipe.transform(query);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidFieldsException)) throw error;
    const body = error.getResponse() as { details: { field: string; code?: string }[] };
    return body.details.map((d) => [d.field, d.code]);
  }
}

describe('page query', () => {
  it('fills the default window and ignores the route’s other parameters', () => {
    expect(pipe.transform({ regionId: 'x' })).toEqual({ limit: PAGE_SIZE.default, offset: 0 });
    expect(pipe.transform({ limit: '10', offset: '20', search: 'a' })).toEqual({ limit: 10, offset: 20 });
  });

  it('names a wrong type before a range, and each bound by its own code', () => {
    expect(refusal({ limit: 'ten' })).toEqual([['limit', 'field.type']]);
    expect(refusal({ offset: '1.5' })).toEqual([['offset', 'field.type']]);
    expect(refusal({ limit: '0' })).toEqual([['limit', 'field.too_small']]);
    expect(refusal({ limit: String(PAGE_SIZE.max + 1) })).toEqual([['limit', 'field.too_large']]);
    expect(refusal({ offset: '-1' })).toEqual([['offset', 'field.too_small']]);
    expect(refusal({ limit: String(PAGE_SIZE.max), offset: '0' })).toEqual([]);
  });

  it('cuts a list held in memory to the window and counts all of it', () => {
    expect(pageOfList(['a', 'b', 'c', 'd', 'e'], { limit: 2, offset: 2 })).toEqual({
      items: ['c', 'd'],
      total: 5,
      totalIsLowerBound: false,
      limit: 2,
      offset: 2,
    });
    expect(pageOfList(['a'], { limit: 2, offset: 4 })).toEqual({
      items: [],
      total: 1,
      totalIsLowerBound: false,
      limit: 2,
      offset: 4,
    });
  });

  it('counts one row past the bound beyond the page’s start, so reaching it proves there are more', () => {
    expect(countLimitOf({ limit: 50, offset: 0 })).toBe(PAGE_TOTAL_BOUND + 1);
    expect(countLimitOf({ limit: 50, offset: 300 })).toBe(300 + PAGE_TOTAL_BOUND + 1);
  });

  it('reports a total exactly up to the bound and as a lower bound past it', () => {
    const first = { limit: 50, offset: 0 };
    expect(boundedTotalOf(0, first)).toEqual({ total: 0, totalIsLowerBound: false });
    expect(boundedTotalOf(PAGE_TOTAL_BOUND, first)).toEqual({
      total: PAGE_TOTAL_BOUND,
      totalIsLowerBound: false,
    });
    expect(boundedTotalOf(PAGE_TOTAL_BOUND + 1, first)).toEqual({
      total: PAGE_TOTAL_BOUND,
      totalIsLowerBound: true,
    });
    const deeper = { limit: 50, offset: 2_000 };
    expect(boundedTotalOf(2_000 + PAGE_TOTAL_BOUND, deeper)).toEqual({
      total: 2_000 + PAGE_TOTAL_BOUND,
      totalIsLowerBound: false,
    });
    expect(boundedTotalOf(2_000 + PAGE_TOTAL_BOUND + 1, deeper)).toEqual({
      total: 2_000 + PAGE_TOTAL_BOUND,
      totalIsLowerBound: true,
    });
  });
});
