import type { Role, SessionUser } from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';

/** Where an account works: national admins nowhere in particular, everyone else in one region. */
export interface AccountScope {
  role: Role;
  regionId: string | null;
  agencyId: string | null;
}

/** What the caller asked for; missing fields keep the account's current values on an update. */
export interface WantedScope {
  role: Role;
  regionId?: string | null;
  agencyId?: string | null;
}

export type ScopeDecision =
  | { ok: true; scope: AccountScope }
  | { ok: false; forbidden: 'account.managers_only' | 'account.admin_by_admin_only' }
  | { ok: false; problems: FieldProblemInput[] };

/**
 * Decides the region and agency of an account from its role and the manager's own scope:
 * only a national admin makes admins; a director's accounts always land in the director's region;
 * an agency editor needs an agency, and nobody else may have one. Whether the region and agency exist,
 * and whether the agency lies in that region, is checked against the database afterwards.
 */
export function resolveAccountScope(manager: SessionUser, wanted: WantedScope): ScopeDecision {
  if (manager.role !== 'admin' && manager.role !== 'director')
    return { ok: false, forbidden: 'account.managers_only' };
  if (wanted.role === 'admin') {
    if (manager.role !== 'admin') return { ok: false, forbidden: 'account.admin_by_admin_only' };
    const problems: FieldProblemInput[] = [];
    if (wanted.regionId)
      problems.push({
        field: 'regionId',
        code: 'field.not_allowed',
        problems: ['is not for a national admin'],
      });
    if (wanted.agencyId)
      problems.push({
        field: 'agencyId',
        code: 'field.not_allowed',
        problems: ['is only for agency editors'],
      });
    return problems.length
      ? { ok: false, problems }
      : { ok: true, scope: { role: 'admin', regionId: null, agencyId: null } };
  }

  const problems: FieldProblemInput[] = [];
  let regionId: string | null;
  if (manager.role === 'admin') {
    regionId = wanted.regionId ?? null;
    if (!regionId)
      problems.push({ field: 'regionId', code: 'field.required', problems: ['is required for this role'] });
  } else {
    regionId = manager.regionId;
    if (wanted.regionId && wanted.regionId !== manager.regionId)
      problems.push({
        field: 'regionId',
        code: 'field.own_region_only',
        params: { allowed: manager.regionId ?? '' },
        problems: ['must be your own region'],
      });
  }

  const agencyId = wanted.agencyId ?? null;
  if (wanted.role === 'agency_editor' && !agencyId)
    problems.push({
      field: 'agencyId',
      code: 'field.required',
      problems: ['is required for an agency editor'],
    });
  if (wanted.role !== 'agency_editor' && agencyId)
    problems.push({ field: 'agencyId', code: 'field.not_allowed', problems: ['is only for agency editors'] });

  return problems.length
    ? { ok: false, problems }
    : { ok: true, scope: { role: wanted.role, regionId, agencyId } };
}
