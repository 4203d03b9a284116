import { ROLES, type Role } from '@prgauge/contracts';
import { roleMay } from './decide';

/**
 * Where an account of each role works, which decides what its manager names when creating it:
 * - `national`: everywhere; no region (national admins, made only by national admins);
 * - `region`: one region (the manager's own, or one a national admin picks);
 * - `agency`: one agency of the region (agency editors);
 * - `committee`: the region, seated on one of its committees (committee members).
 * The API applies the same rules in `users/account-scope.ts`.
 */
export type AccountScopeKind = 'national' | 'region' | 'agency' | 'committee';

export const ACCOUNT_SCOPES = {
  admin: 'national',
  director: 'region',
  evaluator: 'region',
  agency_editor: 'agency',
  viewer: 'region',
  committee_member: 'committee',
  juror: 'region',
  journalist: 'region',
} as const satisfies Record<Role, AccountScopeKind>;

/** Where an account of `role` works. */
export function accountScopeOf(role: Role): AccountScopeKind {
  return ACCOUNT_SCOPES[role];
}

/**
 * The roles a manager of `managerRole` may give: none unless the role may create accounts; a national manager
 * every one, a manager confined to a region every one that works inside a region.
 */
export function rolesGivenBy(managerRole: Role | undefined): readonly Role[] {
  if (!managerRole || !roleMay(managerRole, 'account.create')) return [];
  if (accountScopeOf(managerRole) === 'national') return ROLES;
  return ROLES.filter((role) => accountScopeOf(role) !== 'national');
}
