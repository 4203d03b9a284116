import type { FrameworkDocumentLeaf, LeafSource } from '@prgauge/contracts';
import type { Measure, MeasureType } from '@prgauge/scoring';

/** The top of a new rating scale, as in the built-in template. */
const DEFAULT_RATING_MAX = 5;

/**
 * A measure of another type, keeping what still applies: the direction always, `per` only on numbers,
 * normalisation only on numbers and percents, and a scale top only on ratings.
 */
export function measureWithType(measure: Measure, type: MeasureType): Measure {
  const next: Measure = { type, ...(measure.direction ? { direction: measure.direction } : {}) };
  if (type === 'rating') next.max = measure.max ?? DEFAULT_RATING_MAX;
  if (type === 'number' && measure.per) next.per = measure.per;
  if ((type === 'number' || type === 'percent') && measure.normalize) next.normalize = measure.normalize;
  return next;
}

/**
 * A leaf with another source. Evaluators only give ratings, so choosing them makes the measure a rating; only a
 * computed leaf keeps a rule, and a new computed leaf counts training on every topic.
 */
export function sourceChange(node: FrameworkDocumentLeaf, source: LeafSource): FrameworkDocumentLeaf {
  const { rule, ...rest } = node;
  const next: FrameworkDocumentLeaf = { ...rest, source };
  if (source === 'evaluator' && node.measure && node.measure.type !== 'rating')
    next.measure = measureWithType(node.measure, 'rating');
  if (source === 'computed') next.rule = rule ?? { training: {} };
  return next;
}
