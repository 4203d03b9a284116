export type {
  AgencyInput,
  AgencyResult,
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
  ScoringInput,
  ScoringOutput,
  SensitivityOptions,
  Stability,
  ValueInput,
  WeightOverrides,
  WhatIfResult,
} from './lib/types';
export { ScoringInputError } from './lib/scoring-input-error';
export type { ScoringInputErrorSubject } from './lib/scoring-input-error';
export { validateScoringInput } from './lib/validate-input';
export { validateFramework } from './lib/validate-framework';
export { scoreDocument, prepareScoring } from './lib/engine';
export type { PreparedScoring } from './lib/engine';
export { defaultNormalization, normalizeColumn } from './lib/normalize';
export { scaleMeasured } from './lib/measured-scale';
export type { ScaleMethod } from './lib/measured-scale';
export { flattenFramework } from './lib/framework-leaves';
export type { FlatLeaf } from './lib/framework-leaves';
export { mulberry32 } from './lib/sensitivity';
