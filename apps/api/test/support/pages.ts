import type { Page } from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';

/** The rows of a paged list's answer, after checking that it is a page. */
export function itemsOf<T>(response: LightMyRequestResponse): T[] {
  const page = response.json() as Page<T>;
  if (!Array.isArray(page.items)) throw new Error(`not a page: ${response.statusCode} ${response.body}`);
  return page.items;
}
