import { HttpStatus, Injectable } from '@nestjs/common';
import type { ExtensionView, SubmissionStatus } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { activeAgenciesOf } from '../agencies/active-agencies';
import { ApiException } from '../common/api-error';
import { CycleSubmissions } from '../cycles/cycle-submissions.port';
import { Submission } from './submission.entity';

/**
 * What the cycles module may ask of a cycle's submissions, each inside the caller's transaction: their states
 * (for the publish guard), the empty drafts made on opening, and deadline extensions. Provided as cycles'
 * `CycleSubmissions`.
 */
@Injectable()
export class CycleSubmissionsFacade extends CycleSubmissions {
  /** Each agency's submission state in a cycle, by agency id; agencies without a submission are absent. */
  async statesOf(manager: EntityManager, cycleId: string): Promise<Map<string, SubmissionStatus>> {
    const submissions = await manager.find(Submission, {
      where: { cycleId },
      select: { agencyId: true, status: true },
    });
    return new Map(submissions.map((s) => [s.agencyId, s.status]));
  }

  /** The agencies whose submission in a cycle holds at least one value, by id: what imported history scores. */
  async withValuesOf(manager: EntityManager, cycleId: string): Promise<Set<string>> {
    const rows = await manager
      .createQueryBuilder(Submission, 's')
      .select('s.agency_id', 'agencyId')
      .where('s.cycle_id = :cycleId', { cycleId })
      .andWhere(
        'EXISTS (SELECT 1 FROM submission_value v WHERE v.submission_id = s.id AND v.value IS NOT NULL)',
      )
      .getRawMany<{ agencyId: string }>();
    return new Set(rows.map((r) => r.agencyId));
  }

  /**
   * Gives every active agency of the cycle's region an empty draft to fill in; an agency that already has a
   * submission keeps it.
   */
  async createDrafts(manager: EntityManager, cycleId: string, regionId: string): Promise<void> {
    const agencyIds = (await activeAgenciesOf(manager, regionId)).map((a) => a.id);
    if (agencyIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Submission)
      .values(agencyIds.map((agencyId) => ({ cycleId, agencyId, status: 'draft' as const })))
      .orIgnore()
      .execute();
  }

  /**
   * Lets the agency edit until `until`. Returns its submission's id and the extension it replaces (null when
   * none); 404 `submission.none_for_agency` when the agency has no submission in the cycle.
   */
  async extend(
    manager: EntityManager,
    cycleId: string,
    agencyId: string,
    until: Date,
  ): Promise<{ submissionId: string; previous: Date | null }> {
    const submission = await manager.findOneBy(Submission, { cycleId, agencyId });
    if (!submission)
      throw new ApiException(HttpStatus.NOT_FOUND, 'submission.none_for_agency', { cycleId, agencyId });
    await manager.update(Submission, submission.id, {
      extensionUntil: until,
      version: submission.version + 1,
    });
    return { submissionId: submission.id, previous: submission.extensionUntil };
  }

  /** The extensions granted in a cycle, the earliest first. */
  async extensionsOf(manager: EntityManager, cycleId: string): Promise<ExtensionView[]> {
    const rows = await manager.find(Submission, { where: { cycleId }, order: { extensionUntil: 'ASC' } });
    return rows
      .filter((s) => s.extensionUntil)
      .map((s) => ({ agencyId: s.agencyId, extensionUntil: (s.extensionUntil as Date).toISOString() }));
  }
}
