import type { CycleStatus } from './cycle';
import type { Direction, MeasureType } from './framework';
import type { LocalizedText } from './locale';

/** A top-level index as rankings show it. */
export interface IndexHeader {
  key: string;
  name: string | LocalizedText;
  /** Share of the total, 0..1. */
  share: number;
}

export interface RankingRow {
  agencyId: string;
  code: string;
  name: LocalizedText;
  peerGroup: string | null;
  total: number | null;
  rank: number | null;
  groupRank: number | null;
  /** Score 0..100 per top-level index key. */
  indices: Record<string, number | null>;
  coverage: number;
  /** Places gained since the previous published cycle (positive = up); null when not ranked then. */
  movement: number | null;
  /**
   * Imported history only: the total and rank the directorate published at the time, as given with the cycle
   * (`PUT /api/cycles/:cycleId/published-then`), shown beside the product's recomputation; null where none was
   * given for this agency. Absent from rankings published before it existed.
   */
  publishedThen?: PublishedThen | null;
}

/** `PUT /api/cycles/:cycleId/published-then`: the figures stored for a cycle of imported history. */
export interface PublishedThenResult {
  cycleId: string;
  /** Agencies given a total or a rank; the file replaced any given before. */
  agencies: number;
}

/** An agency's total and rank as the directorate published them at the time, before the product existed. */
export interface PublishedThen {
  total: number | null;
  rank: number | null;
}

export interface RankingResponse {
  cycle: {
    id: string;
    name: string;
    regionId: string;
    status: CycleStatus;
    periodStart: string;
    periodEnd: string;
    /** A past cycle brought in from the directorate's own records, not evaluated in the product. */
    importedHistory?: boolean;
  };
  /** Null for a live preview of unpublished data. */
  publishedAt: string | null;
  scale: number;
  indices: IndexHeader[];
  previousCycleId: string | null;
  /** The peer groups that appear in the rows, by code, for filters and labels. */
  peerGroups: { code: string; name: LocalizedText }[];
  rows: RankingRow[];
}

export interface RankStability {
  medianRank: number;
  rankInterval: [number, number];
  topThreeProbability: number;
}

export interface ScorecardIndex {
  key: string;
  name: string | LocalizedText;
  score: number | null;
  contribution: number | null;
  regionAverage: number | null;
  best: number | null;
  /** Points of the total this agency would gain by matching the best agency on this index. */
  pointsLost: number;
}

/**
 * One indicator of a scorecard: the agency's raw value against its previous cycle's, the score (0..100) it
 * earned, and what a reader needs to read them: the measure's type, which way is better, its unit, and, for a
 * per-attribute indicator (per PR staff member), the divisor and the figure that is actually scored.
 */
export interface ScorecardValue {
  indicator: string;
  name: string | LocalizedText;
  type: MeasureType;
  direction: Direction;
  /** A rating's top. */
  max?: number;
  unit: LocalizedText | null;
  value: number | null;
  previous: number | null;
  score: number | null;
  /** Null unless the value is divided by an agency attribute before scoring. */
  per: PerAttribute | null;
}

/** A value divided by an agency attribute (`prStaff`) before it is scored, as the agency stood when scored. */
export interface PerAttribute {
  attribute: string;
  /** The agency's figure for the attribute; null where it is missing (the value then counts as missing). */
  amount: number | null;
  /** value ÷ amount: the figure that is normalised and scored. */
  scored: number | null;
}

export interface TrendPoint {
  cycleId: string;
  cycleName: string;
  periodEnd: string;
  total: number | null;
  rank: number | null;
  /** The point comes from a cycle of imported history, so it is marked as such. */
  importedHistory: boolean;
}

export interface ScorecardResponse {
  cycle: RankingResponse['cycle'];
  publishedAt: string | null;
  /** The IANA time zone of the cycle's region (`Asia/Tehran`), on whose clocks `publishedAt` is shown. */
  timeZone: string;
  agency: { id: string; code: string; name: LocalizedText; peerGroup: string | null };
  scale: number;
  total: number | null;
  rank: number | null;
  groupRank: number | null;
  /** How many agencies the cycle ranks: those with data of their own. */
  agencyCount: number;
  coverage: number;
  stability: RankStability | null;
  bestAgencyId: string | null;
  indices: ScorecardIndex[];
  values: ScorecardValue[];
  trend: TrendPoint[];
}

/**
 * `POST /api/scoring/preview`: a document in the scoring library's own format (the score CLI's input). Only its
 * outline is checked at the door; the library validates everything inside and names the path of any problem.
 */
export interface ScoringPreviewRequest {
  /** `{ scale?, missing?, indicators }`: the tree of weighted nodes. */
  framework: Record<string, unknown>;
  /** `{ id, name?, group?, attributes? }` each. */
  agencies: unknown[];
  /** `{ agency, indicator, value }` each. */
  values: unknown[];
  /** `{ runs, spread, seed }`: re-rank with every top-level weight scaled by up to ±spread. */
  sensitivity?: Record<string, unknown>;
}
