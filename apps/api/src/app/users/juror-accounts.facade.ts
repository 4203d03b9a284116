import type { Role } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { User } from './user.entity';

/** What seating an account on a jury needs to know of it. */
export interface JurorCandidateAccount {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  /** Null for a national admin. */
  regionId: string | null;
}

/** The login, name, role and region of an account, or null when no account has this id; inside the caller's transaction. */
export async function jurorCandidateAccount(
  manager: EntityManager,
  userId: string,
): Promise<JurorCandidateAccount | null> {
  const user = await manager.findOneBy(User, { id: userId });
  return user
    ? {
        id: user.id,
        login: user.login,
        displayName: user.displayName,
        role: user.role,
        regionId: user.regionId,
      }
    : null;
}
