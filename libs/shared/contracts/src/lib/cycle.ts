import { LocalizedText } from './locale';
import type { DayOffWarning } from './working-week';

export type { LocalizedText } from './locale';

export const CYCLE_STATUSES = ['draft', 'open', 'review', 'published', 'archived'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const LEAF_SOURCES = ['agency', 'evaluator', 'computed'] as const;
/** Who fills a leaf: the agency, an evaluator's rating, or another module. */
export type LeafSource = (typeof LEAF_SOURCES)[number];

/** Per-leaf metadata stored beside the scoring library's own fields. */
export interface LeafMeta {
  description?: LocalizedText;
  help?: LocalizedText;
  unit?: LocalizedText;
  source: LeafSource;
  evidenceRequired: boolean;
  /** How a computed leaf gets its value. */
  rule?: ComputedRule;
}

/**
 * A computed leaf's rule. `training`: person-hours of the agency's PR staff in training events that start
 * within the cycle period, optionally only on some topics (topic codes).
 */
export interface ComputedRule {
  training?: { topics?: string[] };
}

export interface CycleView {
  id: string;
  regionId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  status: CycleStatus;
  publishedAt: string | null;
  /** A past cycle brought in from elsewhere: publishing it needs no approved submission. */
  importedHistory: boolean;
  version: number;
  /** The IANA time zone of the cycle's region (`Asia/Almaty`): a deadline given as a day ends at its last moment there. */
  timeZone: string;
  /** Only in the answer to a create or an update, and only when the deadline falls on a day off in the region. */
  warnings?: DayOffWarning[];
}

/** One agency's extra time in a cycle. */
export interface ExtensionView {
  agencyId: string;
  /** ISO 8601: the agency may edit until this moment. */
  extensionUntil: string;
  /** Only in the answer to a grant, and only when the extension ends on a day off in the region. */
  warnings?: DayOffWarning[];
}
