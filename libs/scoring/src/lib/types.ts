import type { Framework, NodeName } from '@prgauge/contracts';

/*
 * The framework's shape is the contracts' (one type for the engine, the API and the dashboard); the engine
 * re-exports it so its callers need not know where it lives.
 */
export type {
  Direction,
  Framework,
  FrameworkNode,
  GroupNode,
  LeafNode,
  Measure,
  MeasureType,
  MissingPolicy,
  NodeName,
  Normalization,
} from '@prgauge/contracts';

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
