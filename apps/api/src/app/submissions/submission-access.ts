import { HttpStatus, Injectable } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { type AgencyProfile, agencyProfilesById } from '../agencies/agency-profiles.facade';
import { ApiException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertAgency } from '../common/scope';
import { type CycleRecord, findCycle } from '../cycles/cycle-record.facade';
import { Submission } from './submission.entity';

export interface SubmissionContext {
  submission: Submission;
  cycle: CycleRecord;
  agency: AgencyProfile;
}

/** Loads a submission with its cycle and agency, refusing anyone outside its region or, for editors, its agency. */
@Injectable()
export class SubmissionAccess {
  constructor(@InjectRepository(Submission) private readonly submissions: Repository<Submission>) {}

  async load(
    submissionId: string,
    user: SessionUser,
    manager: EntityManager = this.submissions.manager,
    lock = false,
  ): Promise<SubmissionContext> {
    // The lock, when asked for, holds the submission row only, not its cycle or agency.
    const query = manager
      .getRepository(Submission)
      .createQueryBuilder('s')
      .where('s.id = :id', { id: submissionId });
    const submission = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!submission) throw new RecordNotFoundException('submission');
    const agency = (await agencyProfilesById(manager, [submission.agencyId])).get(submission.agencyId);
    const cycle = await findCycle(manager, submission.cycleId);
    if (!agency || !cycle) throw new RecordNotFoundException('submission');
    assertAgency(user, agency.regionId, agency.id, 'submission');
    return { submission, cycle, agency };
  }

  /** The agency editor's own submission in a cycle. */
  async mine(cycleId: string, user: SessionUser): Promise<string> {
    if (!user.agencyId) throw new ApiException(HttpStatus.NOT_FOUND, 'submission.no_own_agency', { cycleId });
    const submission = await this.submissions.findOneBy({ cycleId, agencyId: user.agencyId });
    if (!submission)
      throw new ApiException(HttpStatus.NOT_FOUND, 'submission.none_for_agency', {
        cycleId,
        agencyId: user.agencyId,
      });
    return submission.id;
  }
}

/** The moment editing closes for this agency: its extension, or the cycle's deadline. */
export function editableUntil(
  submission: Pick<Submission, 'extensionUntil'>,
  cycle: Pick<CycleRecord, 'deadline'>,
): Date {
  return submission.extensionUntil && submission.extensionUntil > cycle.deadline
    ? submission.extensionUntil
    : cycle.deadline;
}

/**
 * Whether the agency may edit at `now`: a draft or returned submission, the cycle open, the deadline not passed.
 * Imported history has no deadline: its past values are entered while it is open, until it is published.
 */
export function isEditable(submission: Submission, cycle: CycleRecord, now: Date): boolean {
  return (
    cycle.status === 'open' &&
    (submission.status === 'draft' || submission.status === 'returned') &&
    (cycle.importedHistory || now <= editableUntil(submission, cycle))
  );
}
