import type { CompiledFramework } from './compile';
import type { AgencyInput, Measure, Normalization } from './types';

/** The normalisation a measure uses when it names none: minmax for numbers, goalposts 0..100 for percents. */
export function defaultNormalization(measure: Measure): Normalization | undefined {
  if (measure.normalize) return measure.normalize;
  if (measure.type === 'number') return { method: 'minmax' };
  if (measure.type === 'percent') return { method: 'goalposts', min: 0, max: 100 };
  return undefined;
}

/**
 * Leaf scores 0..100, agency-major (`scores[agency * leafCount + leaf]`), NaN where the value is missing, from
 * the raw value table. They do not depend on weights, so what-if recomputes reuse them.
 */
export function normalizeLeaves(
  compiled: CompiledFramework,
  agencies: AgencyInput[],
  cells: Float64Array,
): Float64Array {
  const leafCount = compiled.leaves.length;
  const agencyCount = agencies.length;
  const scores = new Float64Array(cells.length);
  const column = new Float64Array(agencyCount);
  for (let leaf = 0; leaf < leafCount; leaf += 1) {
    const { measure } = compiled.leaves[leaf];
    for (let a = 0; a < agencyCount; a += 1) column[a] = cells[a * leafCount + leaf];
    if (measure.per !== undefined) divideByAttribute(column, agencies, measure.per);
    const normalized = normalizeColumn(column, measure);
    for (let a = 0; a < agencyCount; a += 1) scores[a * leafCount + leaf] = normalized[a];
  }
  return scores;
}

/** Values per agency attribute (per staff member, say); a missing or zero attribute makes the value missing. */
function divideByAttribute(column: Float64Array, agencies: AgencyInput[], attribute: string): void {
  for (let a = 0; a < column.length; a += 1) {
    const divisor = agencies[a].attributes?.[attribute];
    column[a] = divisor === undefined || divisor === 0 ? NaN : column[a] / divisor;
  }
}

/** Scores one leaf's column of values (NaN = missing) by the leaf's measure. */
export function normalizeColumn(values: Float64Array, measure: Measure): Float64Array {
  const lower = measure.direction === 'lower';
  const out = new Float64Array(values.length);
  if (measure.type === 'boolean' || measure.type === 'rating') {
    const max = measure.type === 'rating' ? (measure.max ?? 1) : 1;
    for (let i = 0; i < values.length; i += 1) {
      const score = (100 * values[i]) / max;
      out[i] = lower ? 100 - score : score;
    }
    return out;
  }
  const method = defaultNormalization(measure);
  switch (method?.method) {
    case 'goalposts':
      return goalposts(values, method.min, method.max, lower, out);
    case 'rank':
      return rankScores(values, lower, out);
    case 'minmax':
    case undefined:
      return minmax(values, lower, out);
  }
}

function minmax(values: Float64Array, lower: boolean, out: Float64Array): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of values) {
    if (Number.isNaN(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const range = hi - lo;
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i];
    if (Number.isNaN(x)) out[i] = NaN;
    else if (range === 0) out[i] = 100;
    // Dividing first keeps x = hi at exactly 100: a / a is exact, (100 × a) / a need not be.
    else out[i] = 100 * (lower ? (hi - x) / range : (x - lo) / range);
  }
  return out;
}

function goalposts(
  values: Float64Array,
  min: number,
  max: number,
  lower: boolean,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i];
    if (Number.isNaN(x)) {
      out[i] = NaN;
      continue;
    }
    const t = Math.min(1, Math.max(0, (x - min) / (max - min)));
    out[i] = lower ? 100 * (1 - t) : 100 * t;
  }
  return out;
}

/** Mid-ranks: r = (number strictly worse) + (ties + 1) / 2, 1 = worst; score = 100 (r − 1) / (n − 1). */
function rankScores(values: Float64Array, lower: boolean, out: Float64Array): Float64Array {
  const present: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    if (Number.isNaN(values[i])) out[i] = NaN;
    else present.push(i);
  }
  const n = present.length;
  // Sorted from worst to best.
  present.sort((a, b) => (lower ? values[b] - values[a] : values[a] - values[b]));
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && values[present[end + 1]] === values[present[start]]) end += 1;
    const ties = end - start + 1;
    const r = start + (ties + 1) / 2;
    const score = n === 1 ? 100 : (100 * (r - 1)) / (n - 1);
    for (let k = start; k <= end; k += 1) out[present[k]] = score;
    start = end + 1;
  }
  return out;
}
