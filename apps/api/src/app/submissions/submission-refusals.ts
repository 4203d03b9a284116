import { HttpStatus } from '@nestjs/common';
import type { ErrorParams } from '@prgauge/contracts';
import { ApiException } from '../common/api-error';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { editableUntil, isEditable } from './submission-access';
import type { Submission } from './submission.entity';

/**
 * Why an agency may not change its submission's values or evidence now, or null when it may: approved
 * (locked), with the reviewers, the cycle not open, or the deadline (the agency's extension, if any) passed.
 */
export function editRefusal(submission: Submission, cycle: CycleRecord, now: Date): ApiException | null {
  if (isEditable(submission, cycle, now)) return null;
  if (submission.status === 'approved')
    return new ApiException(HttpStatus.CONFLICT, 'submission.approved_locked', {});
  if (submission.status === 'submitted')
    return new ApiException(HttpStatus.CONFLICT, 'submission.with_reviewers', { status: submission.status });
  if (cycle.status !== 'open')
    return new ApiException(HttpStatus.CONFLICT, 'submission.cycle_not_open', { status: cycle.status });
  const extension: ErrorParams = submission.extensionUntil
    ? { extensionEndsAt: submission.extensionUntil.toISOString() }
    : {};
  return new ApiException(HttpStatus.CONFLICT, 'submission.deadline_passed', {
    deadline: editableUntil(submission, cycle).toISOString(),
    cycleDeadlineAt: cycle.deadline.toISOString(),
    ...extension,
  });
}

/** Why ratings may not change now, or null: an approved submission is locked, and ratings follow the cycle. */
export function ratingRefusal(submission: Submission, cycle: CycleRecord): ApiException | null {
  if (submission.status === 'approved')
    return new ApiException(HttpStatus.CONFLICT, 'submission.approved_locked', {});
  if (cycle.status !== 'open' && cycle.status !== 'review')
    return new ApiException(HttpStatus.CONFLICT, 'submission.ratings_closed', { status: cycle.status });
  return null;
}
