import { normalizeColumn } from './normalize';

/** How a column of measured values is spread over a scale: min-max goalposts or mid-ranks. */
export type ScaleMethod = 'minmax' | 'rank';

/**
 * Puts one criterion's values across a group (a contest nomination's applications) on a 0..`top` scale,
 * through the engine's leaf normalisation: `minmax` takes the lowest and highest present values as goalposts,
 * `rank` gives mid-ranks (ties share the mean of their ranks). Missing values (null) stay null and do not
 * move the goalposts; a column whose present values are all equal gets `top` under minmax, and a single value
 * gets `top` under either method.
 */
export function scaleMeasured(
  values: readonly (number | null)[],
  method: ScaleMethod,
  top = 10,
): (number | null)[] {
  const column = Float64Array.from(values, (v) => v ?? NaN);
  const scores = normalizeColumn(column, { type: 'number', normalize: { method } });
  return Array.from(scores, (s) => (Number.isNaN(s) ? null : (s / 100) * top));
}
