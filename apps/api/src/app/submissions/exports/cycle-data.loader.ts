import type { SubmissionStatus } from '@prgauge/contracts';
import { type EntityManager, In } from 'typeorm';
import { Evidence } from '../evidence.entity';
import { ReviewComment } from '../review-comment.entity';
import { SubmissionValue } from '../submission-value.entity';
import { Submission } from '../submission.entity';

/** One agency's submission in a cycle with everything stored under it, as the data export lists it. */
export interface SubmissionData {
  agencyId: string;
  status: SubmissionStatus;
  /** Value and note per indicator key, exactly as stored (yes/no as 1/0). */
  values: Map<string, { value: number | null; note: string | null }>;
  /** Review comments per indicator key, oldest first; `null` keys the comments on the whole submission. */
  comments: Map<string | null, { body: string; reply: string | null }[]>;
  /** Evidence per indicator key, oldest first. */
  evidence: Map<string, { id: string; kind: 'file' | 'link'; fileName: string | null; url: string | null }[]>;
}

/**
 * The submissions of a cycle with their values, review comments and evidence (names and links, never the
 * files), limited to `agencyIds` when given: an agency editor's export holds their own agency's alone.
 */
export async function loadCycleData(
  manager: EntityManager,
  cycleId: string,
  agencyIds: string[] | null,
): Promise<SubmissionData[]> {
  const submissions = await manager.find(Submission, {
    where: { cycleId, ...(agencyIds ? { agencyId: In(agencyIds) } : {}) },
  });
  if (submissions.length === 0) return [];
  const ids = submissions.map((s) => s.id);
  const [values, comments, evidence] = await Promise.all([
    manager.find(SubmissionValue, { where: { submissionId: In(ids) } }),
    manager.find(ReviewComment, { where: { submissionId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    manager.find(Evidence, {
      where: { submissionId: In(ids) },
      select: { id: true, submissionId: true, indicatorKey: true, kind: true, fileName: true, url: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    }),
  ]);
  return submissions.map((s) => ({
    agencyId: s.agencyId,
    status: s.status,
    values: new Map(
      values
        .filter((v) => v.submissionId === s.id)
        .map((v) => [v.indicatorKey, { value: v.value, note: v.note }]),
    ),
    comments: groupBy(
      comments.filter((c) => c.submissionId === s.id),
      (c) => c.indicatorKey,
      (c) => ({ body: c.body, reply: c.reply }),
    ),
    evidence: groupBy(
      evidence.filter((e) => e.submissionId === s.id),
      (e) => e.indicatorKey,
      (e) => ({ id: e.id, kind: e.kind, fileName: e.fileName, url: e.url }),
    ),
  }));
}

function groupBy<T, K, V>(items: T[], key: (item: T) => K, value: (item: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), value(item)]);
  return groups;
}
