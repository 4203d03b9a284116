import type { LocalizedText } from '@prgauge/contracts';
import { type EntityManager, In } from 'typeorm';
import { PeerGroup } from './peer-group.entity';

/** A peer group's code and name, for modules that list agencies by group. */
export interface PeerGroupLabel {
  code: string;
  name: LocalizedText;
}

/** The peer groups with these ids, by id; null ids are skipped and unknown ids are absent. */
export async function peerGroupLabels(
  manager: EntityManager,
  ids: (string | null)[],
): Promise<Map<string, PeerGroupLabel>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await manager.find(PeerGroup, {
    where: { id: In(wanted) },
    select: { id: true, code: true, name: true },
  });
  return new Map(rows.map((g) => [g.id, { code: g.code, name: g.name }]));
}
