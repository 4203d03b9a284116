import { NotFoundException } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';

/** National admins see every region; everyone else sees only their own. */
export function canSeeRegion(user: SessionUser, regionId: string): boolean {
  return user.role === 'admin' || user.regionId === regionId;
}

/**
 * Refuses a record from another region. A foreign record answers 404, like a missing one, so that ids
 * from other regions cannot be probed.
 */
export function assertRegion(user: SessionUser, regionId: string, what = 'Record'): void {
  if (!canSeeRegion(user, regionId)) throw new NotFoundException(`${what} not found`);
}

/** Agency editors are confined to their own agency's unpublished data. */
export function assertAgency(user: SessionUser, regionId: string, agencyId: string, what = 'Record'): void {
  assertRegion(user, regionId, what);
  if (user.role === 'agency_editor' && user.agencyId !== agencyId)
    throw new NotFoundException(`${what} not found`);
}

/** The region a list is limited to: the user's own, or the one an admin asked for (undefined = all). */
export function regionFor(user: SessionUser, requested?: string): string | undefined {
  return user.role === 'admin' ? requested : (user.regionId ?? undefined);
}
