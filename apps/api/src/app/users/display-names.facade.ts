import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';

/**
 * The display name of each account, by account id; ids of no account are absent. An empty list asks the
 * database nothing. For other folders that show who did something (jurors, voters).
 */
export async function displayNamesOf(
  manager: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await manager.findBy(User, { id: In([...userIds]) });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
