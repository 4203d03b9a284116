import { HttpStatus } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { decide, decideScope, type Action, type Decision, type ResourceScope } from '@prgauge/permissions';
import { ApiException } from './api-error';
import { RecordNotFoundException } from './record-not-found';

/**
 * Turns a decision of the permissions map into the API's answer: a record out of reach answers 404
 * `record.not_found`, like a missing one, so that ids of other regions and agencies cannot be probed; a refusal
 * that is no secret answers 403 `auth.forbidden`.
 */
function enforce(decision: Decision, what: string): void {
  switch (decision) {
    case 'allowed':
      return;
    case 'not_found':
      throw new ApiException(HttpStatus.NOT_FOUND, 'record.not_found', { record: what });
    case 'forbidden':
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.forbidden', {});
    case 'unauthenticated':
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'auth.required', {});
  }
}

/** National admins see every region; everyone else sees only their own (the map's `region` scope). */
export function canSeeRegion(user: SessionUser, regionId: string): boolean {
  return decideScope(user, 'region', { regionId }) === 'allowed';
}

/** Refuses a record from another region with 404 `record.not_found`, naming `what` in its params. */
export function assertRegion(user: SessionUser, regionId: string, what = 'Record'): void {
  enforce(decideScope(user, 'region', { regionId }), what);
}

/** As `assertRegion`; agency editors are also confined to their own agency's records (the map's `agency` scope). */
export function assertAgency(user: SessionUser, regionId: string, agencyId: string, what = 'Record'): void {
  enforce(decideScope(user, 'agency', { regionId, agencyId }), what);
}

/**
 * Refuses `action` on a record as the permissions map decides: 404 outside the actor's reach, 403 where the role
 * or a committee member's duties do not allow it.
 */
export function assertMay(user: SessionUser, action: Action, resource: ResourceScope, what = 'Record'): void {
  enforce(decide(user, action, resource), what);
}

/**
 * The region a list is limited to: the one an admin asked for (undefined = all), else the user's own. Anyone else
 * naming another region gets 404 `region` rather than their own region's rows under the other's name.
 */
export function regionFor(user: SessionUser, requested?: string): string | undefined {
  if (user.role === 'admin') return requested;
  if (requested !== undefined && requested !== user.regionId) throw new RecordNotFoundException('region');
  return user.regionId ?? undefined;
}
