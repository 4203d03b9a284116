import type { SessionUser } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { RecordNotFoundException } from '../common/record-not-found';
import { oneWithRowVersion } from '../common/row-version';
import { assertRegion } from '../common/scope';
import { Cycle } from './cycle.entity';

/**
 * A cycle as other modules see it: plain data, the columns of the `cycle` table. `periodStart` and
 * `periodEnd` are days (`YYYY-MM-DD`), `deadline` and `publishedAt` instants; `publication` counts publishes.
 */
export type CycleRecord = Pick<
  Cycle,
  | 'id'
  | 'regionId'
  | 'name'
  | 'periodStart'
  | 'periodEnd'
  | 'deadline'
  | 'status'
  | 'framework'
  | 'publishedAt'
  | 'publication'
  | 'importedHistory'
  | 'version'
  | 'createdAt'
>;

/** Statuses whose results are public. */
const PUBLISHED = ['published', 'archived'] as const;

/** The cycle with this id, or null; no region check (the caller applies its own scope). */
export function findCycle(manager: EntityManager, cycleId: string): Promise<CycleRecord | null> {
  return manager.findOneBy(Cycle, { id: cycleId });
}

/**
 * The open cycles whose agencies work to a deadline (imported history has none anyone works to), of every region:
 * `{ id, regionId, name, deadline }`, what deadline reminders need.
 */
export function openCyclesWithDeadlines(
  manager: EntityManager,
): Promise<Pick<CycleRecord, 'id' | 'regionId' | 'name' | 'deadline'>[]> {
  return manager.find(Cycle, {
    where: { status: 'open', importedHistory: false },
    select: { id: true, regionId: true, name: true, deadline: true },
    order: { deadline: 'ASC', id: 'ASC' },
  });
}

/** The cycle `user` may see: 404 `record.not_found` when it is absent or of another region than the user's. */
export async function visibleCycle(
  manager: EntityManager,
  cycleId: string,
  user: SessionUser,
): Promise<CycleRecord> {
  const cycle = await findCycle(manager, cycleId);
  if (!cycle) throw new RecordNotFoundException('cycle');
  assertCycleVisible(user, cycle);
  return cycle;
}

/**
 * 404 `cycle` outside the caller's region, and for an agency editor a cycle still in draft: the directorate's
 * work in progress (its framework and weights may still change) reaches agencies when the cycle opens.
 */
export function assertCycleVisible(user: SessionUser, cycle: Pick<CycleRecord, 'regionId' | 'status'>): void {
  assertRegion(user, cycle.regionId, 'cycle');
  if (hidesDrafts(user) && cycle.status === 'draft') throw new RecordNotFoundException('cycle');
}

/** Whether cycles in draft are kept from this caller (see `assertCycleVisible`). */
export function hidesDrafts(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'agency_editor';
}

/** The few columns that decide whether a cycle's results are public, and which publication is current; null when absent. */
export async function publicationOf(
  manager: EntityManager,
  cycleId: string,
): Promise<Pick<CycleRecord, 'id' | 'status' | 'publication'> | null> {
  return manager.findOne(Cycle, {
    where: { id: cycleId },
    select: { id: true, status: true, publication: true },
  });
}

/** The region's most recent published (or archived) cycle that ended before `cycle` started, or null. */
export function previousPublishedCycle(
  manager: EntityManager,
  cycle: Pick<CycleRecord, 'id' | 'regionId' | 'periodStart'>,
): Promise<CycleRecord | null> {
  return manager
    .getRepository(Cycle)
    .createQueryBuilder('c')
    .where('c.region_id = :region AND c.id <> :id AND c.status IN (:...statuses) AND c.period_end < :start', {
      region: cycle.regionId,
      id: cycle.id,
      statuses: [...PUBLISHED],
      start: cycle.periodStart,
    })
    .orderBy('c.period_end', 'DESC')
    .getOne();
}

/** The published (or archived) cycles of a region, or of every region when `regionId` is absent, in `order` of their period's end. */
export function publishedCycles(
  manager: EntityManager,
  regionId: string | undefined,
  order: 'ASC' | 'DESC',
): Promise<CycleRecord[]> {
  return manager.find(Cycle, {
    where: { status: In([...PUBLISHED]), ...(regionId ? { regionId } : {}) },
    order: { periodEnd: order },
  });
}

/**
 * The cycle with this id and its row version (`oneWithRowVersion`), or null: a copy kept with it is checked by
 * `cycleRowUnchangedSql` inside the statement that relies on it.
 */
export async function findCycleWithRowVersion(
  manager: EntityManager,
  cycleId: string,
): Promise<{ cycle: CycleRecord; rowVersion: string } | null> {
  const found = await oneWithRowVersion(
    manager.getRepository(Cycle).createQueryBuilder('c').where('c.id = :id', { id: cycleId }),
  );
  return found && { cycle: found.row, rowVersion: found.rowVersion };
}

/**
 * A SQL condition, true while the cycle whose id is the parameter `idParam` (e.g. `$4`) still has the row version
 * `rowVersionParam` that `findCycleWithRowVersion` returned: the guard of a statement acting on a kept copy.
 */
export function cycleRowUnchangedSql(idParam: string, rowVersionParam: string): string {
  return `EXISTS (SELECT 1 FROM cycle WHERE id = ${idParam} AND xmin = ${rowVersionParam}::xid)`;
}
