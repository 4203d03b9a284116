import { HttpParams } from '@angular/common/http';
import { PAGE_SIZE, PAGE_TOTAL_BOUND, type Page, type PageQuery } from '@prgauge/contracts';
import { allPages, withPage } from './pages';

/**
 * A list of `count` numbered rows served a page at a time, recording each query; its total is counted as the API
 * counts it, exactly up to `PAGE_TOTAL_BOUND` rows past the page's start.
 */
function served(count: number) {
  const rows = Array.from({ length: count }, (_, i) => i);
  const queries: Required<PageQuery>[] = [];
  const fetchPage = (query: Required<PageQuery>): Promise<Page<number>> => {
    queries.push(query);
    const bound = query.offset + PAGE_TOTAL_BOUND;
    return Promise.resolve({
      items: rows.slice(query.offset, query.offset + query.limit),
      total: Math.min(count, bound),
      totalIsLowerBound: count > bound,
      ...query,
    });
  };
  return { fetchPage, queries };
}

describe('allPages', () => {
  it('fetches page after page until it has every row', async () => {
    const { fetchPage, queries } = served(PAGE_SIZE.max * 2 + 1);
    const rows = await allPages(fetchPage);
    expect(rows).toHaveLength(PAGE_SIZE.max * 2 + 1);
    expect(new Set(rows).size).toBe(rows.length);
    expect(queries.map((q) => q.offset)).toEqual([0, PAGE_SIZE.max, PAGE_SIZE.max * 2]);
  });

  it('goes on past a total that is only a lower bound', async () => {
    const count = PAGE_TOTAL_BOUND * 3 + 7;
    const { fetchPage, queries } = served(count);
    expect(await allPages(fetchPage)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(queries).toHaveLength(Math.ceil(count / PAGE_SIZE.max));
  });

  it('asks once for a short list, and stops at an empty page rather than loop', async () => {
    const short = served(3);
    expect(await allPages(short.fetchPage)).toEqual([0, 1, 2]);
    expect(short.queries).toHaveLength(1);
    const shrunk = (query: Required<PageQuery>): Promise<Page<number>> =>
      Promise.resolve({ items: [], total: 10, totalIsLowerBound: false, ...query });
    expect(await allPages(shrunk)).toEqual([]);
  });
});

describe('withPage', () => {
  it('adds only the window the query names', () => {
    expect(withPage(new HttpParams().set('status', 'open'), { limit: 20 }).toString()).toBe(
      'status=open&limit=20',
    );
    expect(withPage(new HttpParams(), { limit: 20, offset: 40 }).toString()).toBe('limit=20&offset=40');
    expect(withPage(new HttpParams()).toString()).toBe('');
  });
});
