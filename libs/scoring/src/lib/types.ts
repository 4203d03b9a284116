/** A node's display name: plain, or per language. The engine passes it through untouched. */
export type NodeName = string | Record<string, string>;

export type MeasureType = 'number' | 'percent' | 'boolean' | 'rating';
export type Direction = 'higher' | 'lower';
export type MissingPolicy = 'zero' | 'exclude';

export type Normalization =
  { method: 'minmax' } | { method: 'goalposts'; min: number; max: number } | { method: 'rank' };

export interface Measure {
  type: MeasureType;
  /** Which way is better; higher by default. */
  direction?: Direction;
  /** Rating only: the top of the scale. */
  max?: number;
  /** Number only: divide the value by this agency attribute first (for example `prStaff`). */
  per?: string;
  /** Number and percent only; defaults to minmax for numbers and goalposts 0..100 for percents. */
  normalize?: Normalization;
}

export interface GroupNode {
  key: string;
  name?: NodeName;
  weight: number;
  children: FrameworkNode[];
}

export interface LeafNode {
  key: string;
  name?: NodeName;
  weight: number;
  measure: Measure;
}

export type FrameworkNode = GroupNode | LeafNode;

export interface Framework {
  /** The total's maximum; 100 by default. */
  scale?: number;
  /** "zero" (default): a missing leaf scores 0; "exclude": it is left out and its siblings re-proportioned. */
  missing?: MissingPolicy;
  indicators: FrameworkNode[];
}

export interface AgencyInput {
  id: string;
  name?: NodeName;
  group?: string;
  attributes?: Record<string, number>;
}

/** One reported value; booleans may also be sent as 1/0. */
export interface ValueInput {
  agency: string;
  indicator: string;
  value: number | boolean;
}

export interface SensitivityOptions {
  runs: number;
  /** Each run multiplies every top-level weight by (1 + spread × u), u uniform in [−1, 1]. */
  spread: number;
  seed: number;
}

export interface ScoringInput {
  framework: Framework;
  agencies: AgencyInput[];
  values: ValueInput[];
  sensitivity?: SensitivityOptions;
}

export interface Stability {
  medianRank: number;
  /** 5th and 95th percentile of the rank over the runs. */
  rankInterval: [number, number];
  /** Share of runs (0..1) in which the agency ranked in the top three. */
  topThreeProbability: number;
}

export interface AgencyResult {
  agency: string;
  total: number | null;
  rank: number | null;
  groupRank: number | null;
  /** Share (0..1) of the framework's full weight that has a value. */
  coverage: number;
  /** 0..100 per node key, null where the node is missing. */
  scores: Record<string, number | null>;
  /** Points of the total each node adds, null where missing. */
  contributions: Record<string, number | null>;
  /** Only when sensitivity was asked for, and only for agencies with a total. */
  stability?: Stability;
}

export interface ScoringOutput {
  results: AgencyResult[];
}

/** Some node weights replaced, by node key, for what-if analysis. */
export type WeightOverrides = Record<string, number>;

/**
 * A what-if recompute as flat arrays by agency index (input order). Per-node arrays are agency-major:
 * `nodeScores[agency * nodeCount + node]`, nodes in the order of `PreparedScoring.nodeKeys`.
 */
export interface WhatIfResult {
  /** NaN where the agency has no total. */
  totals: Float64Array;
  /** Competition rank, 0 where unranked. */
  ranks: Int32Array;
  /** Rank within the agency's group, 0 where it has none or no total. */
  groupRanks: Int32Array;
  coverage: Float64Array;
  /** 0..100, NaN where missing. */
  nodeScores: Float64Array;
  /** Points of the total, NaN where missing. */
  contributions: Float64Array;
}
