import { HttpStatus, Injectable } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { ApiException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertAgency } from '../common/scope';
import { Cycle } from '../cycles/cycle.entity';
import { Submission } from './submission.entity';

export interface SubmissionContext {
  submission: Submission;
  cycle: Cycle;
  agency: Agency;
}

/** Loads a submission with its cycle and agency, refusing anyone outside its region or, for editors, its agency. */
@Injectable()
export class SubmissionAccess {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    submissionId: string,
    user: SessionUser,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<SubmissionContext> {
    // One round trip; the lock, when asked for, holds the submission row only, not its cycle or agency.
    const query = manager
      .getRepository(Submission)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.agency', Agency, 'a', 'a.id = s.agency_id')
      .innerJoinAndMapOne('s.cycle', Cycle, 'c', 'c.id = s.cycle_id')
      .where('s.id = :id', { id: submissionId });
    const loaded = (await (lock ? query.setLock('pessimistic_write', undefined, ['s']) : query).getOne()) as
      (Submission & { agency: Agency; cycle: Cycle }) | null;
    if (!loaded) throw new RecordNotFoundException('submission', { id: submissionId });
    const { agency, cycle, ...rest } = loaded;
    assertAgency(user, agency.regionId, agency.id, 'submission');
    const submission = Object.assign(new Submission(), rest);
    return { submission, cycle, agency };
  }

  /** The agency editor's own submission in a cycle. */
  async mine(cycleId: string, user: SessionUser): Promise<string> {
    if (!user.agencyId) throw new ApiException(HttpStatus.NOT_FOUND, 'submission.no_own_agency', { cycleId });
    const submission = await this.dataSource
      .getRepository(Submission)
      .findOneBy({ cycleId, agencyId: user.agencyId });
    if (!submission)
      throw new ApiException(HttpStatus.NOT_FOUND, 'submission.none_for_agency', {
        cycleId,
        agencyId: user.agencyId,
      });
    return submission.id;
  }
}

/** The moment editing closes for this agency: its extension, or the cycle's deadline. */
export function editableUntil(submission: Submission, cycle: Cycle): Date {
  return submission.extensionUntil && submission.extensionUntil > cycle.deadline
    ? submission.extensionUntil
    : cycle.deadline;
}

/** Whether the agency may edit at `now`: a draft or returned submission, the cycle open, the deadline not passed. */
export function isEditable(submission: Submission, cycle: Cycle, now: Date): boolean {
  return (
    cycle.status === 'open' &&
    (submission.status === 'draft' || submission.status === 'returned') &&
    now <= editableUntil(submission, cycle)
  );
}
