import type { LocalizedText } from '@prgauge/contracts';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { CommitteeMember } from './committee-member.entity';
import { Committee } from './committee.entity';

/** Whether `committeeId` is a committee of region `regionId`. */
export async function isCommitteeOfRegion(
  manager: EntityManager,
  committeeId: string,
  regionId: string,
): Promise<boolean> {
  return manager.existsBy(Committee, { id: committeeId, regionId });
}

/** A committee's region and names, or null when there is no such committee. */
export async function committeeRegionOf(
  manager: EntityManager,
  committeeId: string,
): Promise<{ id: string; regionId: string; name: LocalizedText } | null> {
  const committee = await manager.findOneBy(Committee, { id: committeeId });
  return committee && { id: committee.id, regionId: committee.regionId, name: committee.name };
}

/** The names of the committees of a region, or of every region when `regionId` is null: `{ id, name }`. */
export async function committeeNamesOf(
  manager: EntityManager,
  regionId: string | null,
): Promise<{ id: string; name: LocalizedText }[]> {
  const committees = await manager.findBy(Committee, regionId ? { regionId } : {});
  return committees.map((c) => ({ id: c.id, name: c.name }));
}

/**
 * The accounts seated on a committee (outside people named by hand have none): those told of what the
 * committee runs, a training event's register for one. An unknown committee has none.
 */
export async function committeeMemberAccountIds(
  manager: EntityManager,
  committeeId: string,
): Promise<string[]> {
  const members = await manager.find(CommitteeMember, {
    select: { userId: true },
    where: { committeeId, userId: Not(IsNull()) },
  });
  return [...new Set(members.map((m) => m.userId as string))];
}
