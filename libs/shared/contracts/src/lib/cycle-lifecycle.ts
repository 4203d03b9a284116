import type { CycleStatus } from './cycle';
import type { LocalizedText } from './locale';
import type { SubmissionStatus } from './submission';

/** Why publishing may go ahead but deserves a second look; shown in the confirmation, never a refusal. */
export const PUBLISH_WARNINGS = ['cycles.period_not_ended'] as const;
export type PublishWarning = (typeof PUBLISH_WARNINGS)[number];

/**
 * An agency the published ranking carries no score of its own for: its submission is not approved, or, in
 * imported history, holds no value.
 */
export interface UnscoredAgency {
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  /** Its submission's state, or null when it has none in this cycle. */
  status: SubmissionStatus | null;
}

/**
 * `GET /api/cycles/:cycleId/publish-summary`: what publishing would publish, read before the director confirms.
 * `expected` counts the region's active agencies (the ranking's rows); `coverage` is scored / expected, 0..1
 * (0 when nothing is expected). `unscored` lists the expected agencies without a score of their own, by code.
 * `periodEnded` compares the period's last day with today (UTC). `refusal` is the code `POST .../publish` would
 * answer with now (null when it would publish); `warnings` never stop it.
 */
export interface PublishSummary {
  cycleId: string;
  status: CycleStatus;
  importedHistory: boolean;
  periodEnd: string;
  periodEnded: boolean;
  counts: Record<SubmissionStatus, number>;
  expected: number;
  approved: number;
  /** Agencies that get a score of their own: approved ones, or in imported history those with any value. */
  scored: number;
  /** `scored / expected`, 0..1. */
  coverage: number;
  unscored: UnscoredAgency[];
  refusal: 'cycles.nothing_approved' | 'cycle.wrong_status' | null;
  warnings: PublishWarning[];
}
