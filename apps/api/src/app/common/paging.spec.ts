import { PAGE_SIZE } from '@prgauge/contracts';
import { InvalidFieldsException } from './api-error';
import { pageOfList, PageQueryPipe } from './paging';

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
      limit: 2,
      offset: 2,
    });
    expect(pageOfList(['a'], { limit: 2, offset: 4 })).toEqual({ items: [], total: 1, limit: 2, offset: 4 });
  });
});
