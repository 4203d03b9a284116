import type { HttpParams } from '@angular/common/http';
import type { Role } from '@prgauge/contracts';

/** What the agency list is narrowed to. */
export interface AgencyListFilter {
  search?: string;
  /** National admins only. */
  regionId?: string;
  active?: boolean;
}

/** What the account list is narrowed to. */
export interface AccountListFilter {
  search?: string;
  /** National admins only. */
  regionId?: string;
  role?: Role;
  agencyId?: string;
}

/** `params` with every filter field that is set; an empty text narrows nothing. */
export function withFilter(
  params: HttpParams,
  fields: Record<string, string | boolean | undefined>,
): HttpParams {
  let next = params;
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== '') next = next.set(name, String(value));
  return next;
}

/**
 * Which of these regions' rows the caller may list: every one for a national admin (who has no region of their
 * own), only their own region for anyone else (another region's list answers 404).
 */
export function listableRegions(
  regionIds: readonly string[],
  ownRegionId: string | null | undefined,
): string[] {
  return ownRegionId ? regionIds.filter((regionId) => regionId === ownRegionId) : [...regionIds];
}
