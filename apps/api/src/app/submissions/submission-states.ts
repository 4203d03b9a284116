import type { SubmissionStatus } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { Submission } from './submission.entity';

/** Each agency's submission state in a cycle, by agency id; agencies without a submission are absent. */
export async function submissionStatesOf(
  manager: EntityManager,
  cycleId: string,
): Promise<Map<string, SubmissionStatus>> {
  const submissions = await manager.find(Submission, {
    where: { cycleId },
    select: { agencyId: true, status: true },
  });
  return new Map(submissions.map((s) => [s.agencyId, s.status]));
}
