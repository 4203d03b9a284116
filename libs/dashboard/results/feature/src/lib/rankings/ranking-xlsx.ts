import type { Locale } from '@prgauge/contracts';

/** The filters the page applies, which the workbook applies and names in its title rows too. */
export interface RankingXlsxQuery {
  locale: Locale;
  group: string | null;
  search: string;
}

/** The address of the ranking as XLSX, with the page's language and filters, so the file has the rows shown. */
export function rankingXlsxHref(cycleId: string, query: RankingXlsxQuery): string {
  const params = new URLSearchParams({ lang: query.locale });
  if (query.group) params.set('group', query.group);
  const search = query.search.trim();
  if (search) params.set('search', search);
  return `/api/cycles/${encodeURIComponent(cycleId)}/ranking.xlsx?${params.toString()}`;
}
