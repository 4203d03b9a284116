import { isFiniteNumber, isObject, quote } from './json-guards';
import { ScoringInputError } from './scoring-input-error';
import type {
  Direction,
  Framework,
  FrameworkNode,
  Measure,
  MeasureType,
  MissingPolicy,
  Normalization,
} from './types';

const TYPES: readonly MeasureType[] = ['number', 'percent', 'boolean', 'rating'];
const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
const METHODS: readonly Normalization['method'][] = ['minmax', 'goalposts', 'rank'];
const MISSING: readonly MissingPolicy[] = ['zero', 'exclude'];

/**
 * The largest weight, scale or rating maximum. They are relative sizes, so a million is beyond any real one,
 * and bounding them keeps every sum and product of them finite: 1e300 would overflow to Infinity.
 */
const MAX_SIZE = 1_000_000;

const tooLarge = (path: string, what: string, value: number, subject = {}) =>
  new ScoringInputError(path, `${what} must be at most ${MAX_SIZE}, got ${value}`, subject);

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T =>
  (allowed as readonly unknown[]).includes(value);

/** Checks a framework's structure (unknown JSON) and returns it typed; keys must be unique across the tree. */
export function validateFramework(raw: unknown): Framework {
  if (!isObject(raw)) throw new ScoringInputError('framework', 'must be an object');
  const { scale, missing, indicators } = raw;
  if (scale !== undefined && !(isFiniteNumber(scale) && scale > 0))
    throw new ScoringInputError('framework.scale', `scale must be a number > 0, got ${quote(scale)}`);
  if (scale !== undefined && scale > MAX_SIZE) throw tooLarge('framework.scale', 'scale', scale);
  if (missing !== undefined && !oneOf(MISSING, missing)) {
    throw new ScoringInputError(
      'framework.missing',
      `unknown missing policy ${quote(missing)}; use "zero" or "exclude"`,
    );
  }
  if (!Array.isArray(indicators) || indicators.length === 0)
    throw new ScoringInputError('framework.indicators', 'must be a non-empty array of index nodes');
  const keys = new Set<string>();
  return {
    ...(scale !== undefined ? { scale } : {}),
    ...(missing !== undefined ? { missing } : {}),
    indicators: indicators.map((node, i) => validateNode(node, `framework.indicators[${i}]`, keys)),
  };
}

function validateNode(raw: unknown, path: string, keys: Set<string>): FrameworkNode {
  if (!isObject(raw)) throw new ScoringInputError(path, 'a framework node must be an object');
  const { key, weight, children, measure } = raw;
  if (typeof key !== 'string' || key === '')
    throw new ScoringInputError(`${path}.key`, `node key must be a non-empty string, got ${quote(key)}`);
  if (keys.has(key)) throw new ScoringInputError(`${path}.key`, `duplicate node key "${key}"`, { key });
  keys.add(key);
  if (!isFiniteNumber(weight) || weight <= 0) {
    throw new ScoringInputError(
      `${path}.weight`,
      `weight of "${key}" must be a number > 0, got ${quote(weight)}`,
      {
        key,
      },
    );
  }
  if (weight > MAX_SIZE) throw tooLarge(`${path}.weight`, `weight of "${key}"`, weight, { key });
  const name = raw['name'] as FrameworkNode['name'];
  const named = name !== undefined ? { name } : {};
  if ((children === undefined) === (measure === undefined)) {
    const which = children === undefined ? 'neither' : 'both';
    throw new ScoringInputError(path, `node "${key}" must have either children or a measure, not ${which}`, {
      key,
    });
  }
  if (children !== undefined) {
    if (!Array.isArray(children) || children.length === 0)
      throw new ScoringInputError(`${path}.children`, `children of "${key}" must be a non-empty array`, {
        key,
      });
    return {
      key,
      ...named,
      weight,
      children: children.map((child, i) => validateNode(child, `${path}.children[${i}]`, keys)),
    };
  }
  return { key, ...named, weight, measure: validateMeasure(measure, `${path}.measure`, key) };
}

function validateMeasure(raw: unknown, path: string, key: string): Measure {
  if (!isObject(raw)) throw new ScoringInputError(path, `measure of "${key}" must be an object`, { key });
  const { type, direction, max, per, normalize } = raw;
  if (!oneOf(TYPES, type)) {
    throw new ScoringInputError(
      `${path}.type`,
      `unknown type ${quote(type)} on "${key}"; use number, percent, boolean or rating`,
      { key },
    );
  }
  if (direction !== undefined && !oneOf(DIRECTIONS, direction)) {
    throw new ScoringInputError(
      `${path}.direction`,
      `unknown direction ${quote(direction)} on "${key}"; use "higher" or "lower"`,
      { key },
    );
  }
  const measure: Measure = { type, ...(direction !== undefined ? { direction } : {}) };
  if (type === 'rating') {
    if (!isFiniteNumber(max) || max <= 0)
      throw new ScoringInputError(`${path}.max`, `rating "${key}" needs a max > 0, got ${quote(max)}`, {
        key,
      });
    if (max > MAX_SIZE) throw tooLarge(`${path}.max`, `rating "${key}" max`, max, { key });
    measure.max = max;
  }
  if (per !== undefined) {
    if (type !== 'number')
      throw new ScoringInputError(
        `${path}.per`,
        `"per" applies to number measures only, not to ${type} "${key}"`,
        {
          key,
        },
      );
    if (typeof per !== 'string' || per === '')
      throw new ScoringInputError(`${path}.per`, `"per" on "${key}" must name an agency attribute`, { key });
    measure.per = per;
  }
  if (normalize !== undefined) {
    if (type !== 'number' && type !== 'percent') {
      throw new ScoringInputError(
        `${path}.normalize`,
        `normalisation applies to number and percent measures only, not to ${type} "${key}"`,
        { key },
      );
    }
    measure.normalize = validateNormalization(normalize, `${path}.normalize`, key);
  }
  return measure;
}

function validateNormalization(raw: unknown, path: string, key: string): Normalization {
  const method = isObject(raw) ? raw['method'] : raw;
  if (!isObject(raw) || !oneOf(METHODS, method)) {
    throw new ScoringInputError(
      `${path}.method`,
      `unknown method ${quote(method)} on "${key}"; use minmax, goalposts or rank`,
      { key },
    );
  }
  if (method !== 'goalposts') return { method };
  const { min, max } = raw;
  if (!isFiniteNumber(min))
    throw new ScoringInputError(
      `${path}.min`,
      `goalposts on "${key}" need a numeric min, got ${quote(min)}`,
      { key },
    );
  if (!isFiniteNumber(max))
    throw new ScoringInputError(
      `${path}.max`,
      `goalposts on "${key}" need a numeric max, got ${quote(max)}`,
      { key },
    );
  if (max <= min) {
    throw new ScoringInputError(
      `${path}.max`,
      `goalposts on "${key}" need max > min, got min ${min} and max ${max}`,
      {
        key,
      },
    );
  }
  return { method, min, max };
}
