import type { Role } from '@prgauge/contracts';
import { accountScopeOf } from '@prgauge/permissions';

/**
 * True for a manager who works in no region of their own (a national admin), and so names the region of what
 * they create or list; a director's work always lands in their own region.
 */
export function picksRegion(managerRole: Role | undefined): boolean {
  return managerRole !== undefined && accountScopeOf(managerRole) === 'national';
}
