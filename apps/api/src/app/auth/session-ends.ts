import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { UserSession } from './session.entity';

/**
 * Ends every session of the given accounts inside the caller's transaction, so that a deactivated, re-scoped
 * or reset account starts over with a fresh sign-in exactly when its change is saved.
 */
export async function endSessionsOf(manager: EntityManager, userIds: string[]): Promise<void> {
  if (userIds.length) await manager.delete(UserSession, { userId: In(userIds) });
}
