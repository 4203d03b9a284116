import type { Role, SessionUser } from '@prgauge/contracts';
import { ACTIONS, type Action } from './actions';
import { can } from './decide';
import type { ResourceScope } from './scope';

/**
 * Whether the action lists this role by name, not merely lets it through as a national admin, who passes
 * every role check. Some work is done in one's own name (scoring on a jury seat, voting on a verified
 * registration, filling in one's own agency's submission): an admin holds no seat, registration or agency, so
 * the way to that work (a menu entry, a landing page, a list of people to seat) is for the roles listed only.
 */
export function namesRole(role: Role, action: Action): boolean {
  return (ACTIONS[action].roles as readonly Role[]).includes(role);
}

/**
 * `can(actor, action, resource)` for work done in one's own name (see `namesRole`): false for nobody signed
 * in and for a national admin unless the action lists admins.
 */
export function canPersonally(actor: SessionUser | null, action: Action, resource?: ResourceScope): boolean {
  return actor !== null && namesRole(actor.role, action) && can(actor, action, resource);
}
