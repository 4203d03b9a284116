import { HttpParams } from '@angular/common/http';
import { PAGE_SIZE, type Page, type PageQuery } from '@prgauge/contracts';

/** `params` with a page's `limit` and `offset` added, where the query names them. */
export function withPage(params: HttpParams, query: PageQuery = {}): HttpParams {
  let next = params;
  if (query.limit !== undefined) next = next.set('limit', query.limit);
  if (query.offset !== undefined) next = next.set('offset', query.offset);
  return next;
}

/**
 * Every row of a paged list, fetched `PAGE_SIZE.max` rows at a time: for pickers that must offer a whole list,
 * such as every agency of a region. Stops at the total the API reports once it is exact (past
 * `PAGE_TOTAL_BOUND` rows it is a lower bound, and the next page exists), or at the first empty page should rows
 * be removed meanwhile.
 */
export async function allPages<T>(fetchPage: (query: Required<PageQuery>) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE.max) {
    const page = await fetchPage({ limit: PAGE_SIZE.max, offset });
    items.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.total) return items;
  }
}
