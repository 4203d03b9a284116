import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { User } from './user.entity';

/** Whether `userId` is an account of region `regionId` (a national account belongs to no region). */
export async function isAccountOfRegion(
  manager: EntityManager,
  userId: string,
  regionId: string,
): Promise<boolean> {
  return manager.existsBy(User, { id: userId, regionId });
}

/**
 * The display names of the given accounts, by account id; an unknown id has no entry, and an empty list asks the
 * database nothing. For folders that show who did something (committee members, jurors, voters).
 */
export async function displayNamesOf(
  manager: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const users = await manager.find(User, {
    where: { id: In([...userIds]) },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
