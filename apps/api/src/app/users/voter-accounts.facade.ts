import type { SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { toSessionUser } from '../auth/session.service';
import { User } from './user.entity';

/** A journalist's account as someone registering to vote creates it. */
export interface NewJournalistAccount {
  login: string;
  displayName: string;
  /** Already hashed (auth/passwords.ts). */
  passwordHash: string;
  regionId: string;
}

/** An existing account as a session sees it; throws TypeORM's EntityNotFoundError when there is none. */
export async function accountOf(manager: EntityManager, userId: string): Promise<SessionUser> {
  return toSessionUser(await manager.findOneByOrFail(User, { id: userId }));
}

/**
 * Creates an active journalist account with no agency and no chosen language, inside the caller's
 * transaction; returns it as a session sees it, or null when the login is taken (nothing is written then).
 */
export async function insertJournalistAccount(
  manager: EntityManager,
  account: NewJournalistAccount,
): Promise<SessionUser | null> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(User)
    .values({
      login: account.login,
      displayName: account.displayName,
      passwordHash: account.passwordHash,
      role: 'journalist',
      regionId: account.regionId,
      agencyId: null,
      locale: null,
      active: true,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  const id = (inserted.raw as { id: string }[])[0]?.id;
  return id ? accountOf(manager, id) : null;
}
