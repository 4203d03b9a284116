import { EntityManager } from 'typeorm';
import { Region } from './region.entity';

/**
 * Whether every id names an existing region; `ids` must hold no duplicates (each counts once). For other
 * folders that accept a list of regions, inside the caller's transaction.
 */
export async function allRegionsExist(manager: EntityManager, ids: readonly string[]): Promise<boolean> {
  const found = await manager.countBy(
    Region,
    ids.map((id) => ({ id })),
  );
  return found === ids.length;
}
