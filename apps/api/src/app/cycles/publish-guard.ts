import {
  SUBMISSION_STATUSES,
  type LocalizedText,
  type PublishSummary,
  type PublishWarning,
  type SubmissionStatus,
} from '@prgauge/contracts';
import type { Cycle } from './cycle.entity';
import { cycleTransition } from './cycle-lifecycle';

/** An agency the ranking will list: the region's active agencies, with its submission's state if it has one. */
export interface ExpectedAgency {
  id: string;
  code: string;
  name: LocalizedText;
  status: SubmissionStatus | null;
  /** Whether its submission holds any value: what gives imported history, which needs no approval, a score. */
  hasValues: boolean;
}

/**
 * What publishing `cycle` would publish on `today` (`YYYY-MM-DD`, the day in the region's zone), from the agencies the ranking lists.
 * Pure: the caller reads the rows. See `PublishSummary` for the meaning of each figure. An agency gets a score of
 * its own when its submission is approved, or, in imported history (published without approval, from every
 * submission), when it holds any value.
 */
export function publishSummaryOf(
  cycle: Pick<Cycle, 'id' | 'status' | 'importedHistory' | 'periodEnd'>,
  agencies: ExpectedAgency[],
  today: string,
): PublishSummary {
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<
    SubmissionStatus,
    number
  >;
  for (const agency of agencies) if (agency.status) counts[agency.status] += 1;
  const approved = counts.approved;
  const periodEnded = cycle.periodEnd < today;
  const warnings: PublishWarning[] = periodEnded ? [] : ['cycles.period_not_ended'];
  const step = cycleTransition(cycle.status, 'publish', {
    approved,
    expected: agencies.length,
    importedHistory: cycle.importedHistory,
  });
  const refusal = 'refusal' in step ? step.refusal.code : null;
  const scoredAgency = (a: ExpectedAgency) => (cycle.importedHistory ? a.hasValues : a.status === 'approved');
  const scored = agencies.filter(scoredAgency).length;
  return {
    cycleId: cycle.id,
    status: cycle.status,
    importedHistory: cycle.importedHistory,
    periodEnd: cycle.periodEnd,
    periodEnded,
    counts,
    expected: agencies.length,
    approved,
    scored,
    coverage: agencies.length ? scored / agencies.length : 0,
    unscored: agencies
      .filter((a) => !scoredAgency(a))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) => ({ agencyId: a.id, agencyCode: a.code, agencyName: a.name, status: a.status })),
    refusal,
    warnings,
  };
}
