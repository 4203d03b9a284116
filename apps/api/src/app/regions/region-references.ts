import type { LocalizedText } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { PeerGroup } from './peer-group.entity';
import { Region } from './region.entity';

/** Whether region `regionId` exists. */
export async function regionExists(manager: EntityManager, regionId: string): Promise<boolean> {
  return manager.existsBy(Region, { id: regionId });
}

/** Whether `peerGroupId` is a peer group of region `regionId`. */
export async function isPeerGroupOfRegion(
  manager: EntityManager,
  peerGroupId: string,
  regionId: string,
): Promise<boolean> {
  return manager.existsBy(PeerGroup, { id: peerGroupId, regionId });
}

/** The peer groups of region `regionId`: their ids by code. */
export async function peerGroupIdsByCode(
  manager: EntityManager,
  regionId: string,
): Promise<Map<string, string>> {
  const groups = await manager.find(PeerGroup, { where: { regionId }, select: { id: true, code: true } });
  return new Map(groups.map((g) => [g.code, g.id]));
}

/** The names of region `regionId` by language; null when it does not exist. */
export async function regionNames(manager: EntityManager, regionId: string): Promise<LocalizedText | null> {
  const region = await manager.findOne(Region, { where: { id: regionId }, select: { id: true, name: true } });
  return region?.name ?? null;
}
