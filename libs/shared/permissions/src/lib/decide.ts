import type { Role, SessionUser } from '@prgauge/contracts';
import { ACTIONS, type Action } from './actions';
import type { ResourceScope, Scope } from './scope';

/**
 * The answer for one actor, action and record, as the API gives it:
 * `allowed`; `unauthenticated` (401, sign in first); `forbidden` (403, this role may never do it, or a committee
 * member lacks the committee's duty); `not_found` (404, the record is outside the actor's region, agency or
 * seat, answered like a missing one so ids cannot be probed).
 */
export type Decision = 'allowed' | 'unauthenticated' | 'forbidden' | 'not_found';

/**
 * Whether a role may do an action at all, before any record is looked at: national admins may do everything,
 * everyone else what the action lists. Jurors and journalists are listed only on the actions open to them
 * (contests, their own account), so they reach nothing else. A public action is open to every role unless it
 * lists some: then it is for anonymous visitors and those roles only, national admins not excepted (a voter
 * registers a journalist's account; a signed-in official must sign out first).
 * Drives the API guard and the dashboard's navigation.
 */
export function roleMay(role: Role, action: Action): boolean {
  const { roles, scope } = ACTIONS[action];
  if (scope === 'public') return roles.length === 0 || roles.includes(role);
  return role === 'admin' || roles.includes(role);
}

/**
 * Decides whether `actor` (null when nobody is signed in) may do `action` on a record described by `resource`.
 * Without a resource only the role is checked: what the API's guard answers before it loads anything.
 */
export function decide(actor: SessionUser | null, action: Action, resource?: ResourceScope): Decision {
  const { scope } = ACTIONS[action];
  if (!actor) return scope === 'public' ? 'allowed' : 'unauthenticated';
  if (!roleMay(actor.role, action)) return 'forbidden';
  return resource ? decideScope(actor, ACTIONS[action].scope, resource) : 'allowed';
}

/** `decide(...) === 'allowed'`: for showing a button or a link. */
export function can(actor: SessionUser | null, action: Action, resource?: ResourceScope): boolean {
  return decide(actor, action, resource) === 'allowed';
}

/**
 * Whether a record is within the actor's reach in one scope, the role aside: `allowed`, `not_found` (outside the
 * actor's region, agency, seat or ownership) or `forbidden` (a committee member without the committee's duty).
 * `decide` uses it once the role may act; the API's generic region and agency checks use it directly.
 */
export function decideScope(actor: SessionUser, scope: Scope, resource: ResourceScope): Decision {
  switch (scope) {
    case 'public':
    case 'account':
    case 'signed_in':
      return 'allowed';
    case 'region':
      return inRegion(actor, resource) ? 'allowed' : 'not_found';
    case 'agency':
      return inAgency(actor, resource) ? 'allowed' : 'not_found';
    case 'committee':
      if (!inAgency(actor, resource)) return 'not_found';
      return actor.role === 'committee_member' && resource.committeeMember === false
        ? 'forbidden'
        : 'allowed';
    case 'filer':
      return filerReaches(actor, resource) ? 'allowed' : 'not_found';
    case 'jury_seat':
      return inRegion(actor, resource) && resource.jurorSeat !== false ? 'allowed' : 'not_found';
    case 'own':
      return owns(actor, resource) ? 'allowed' : 'not_found';
    case 'voter':
      if (!inRegion(actor, resource)) return 'not_found';
      return resource.verifiedVoter === false ? 'forbidden' : 'allowed';
  }
}

/** National admins reach every region; everyone else only their own, and no national (null) record. */
function inRegion(actor: SessionUser, resource: ResourceScope): boolean {
  if (actor.role === 'admin') return true;
  if (resource.regionIds !== undefined)
    return actor.regionId !== null && resource.regionIds.includes(actor.regionId);
  if (resource.regionId === undefined) return true;
  return resource.regionId !== null && resource.regionId === actor.regionId;
}

/** Within the region, agency editors reach only their own agency's records. */
function inAgency(actor: SessionUser, resource: ResourceScope): boolean {
  if (!inRegion(actor, resource)) return false;
  if (actor.role !== 'agency_editor' || resource.agencyId === undefined) return true;
  return resource.agencyId !== null && resource.agencyId === actor.agencyId;
}

const owns = (actor: SessionUser, resource: ResourceScope) =>
  resource.ownerId === undefined || resource.ownerId === actor.id;

/** Organisers of the record's region, the person who filed it, and jurors seated on it. */
function filerReaches(actor: SessionUser, resource: ResourceScope): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'juror') return resource.jurorSeat !== false;
  if (!inRegion(actor, resource)) return false;
  return actor.role === 'director' || owns(actor, resource);
}
