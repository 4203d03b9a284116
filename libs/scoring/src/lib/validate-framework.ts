import { ScoringInputError } from './scoring-input-error';
import type { Framework, FrameworkNode, Measure, Normalization } from './types';

const TYPES = ['number', 'percent', 'boolean', 'rating'];
const DIRECTIONS = ['higher', 'lower'];
const METHODS = ['minmax', 'goalposts', 'rank'];
const MISSING = ['zero', 'exclude'];

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const quote = (value: unknown) => JSON.stringify(value);

/** Checks the framework's structure and returns it typed; keys must be unique across the whole tree. */
export function validateFramework(raw: unknown): Framework {
  if (!isObject(raw)) throw new ScoringInputError('framework', 'must be an object');
  if (raw['scale'] !== undefined && !(isFiniteNumber(raw['scale']) && raw['scale'] > 0)) {
    throw new ScoringInputError('framework.scale', `must be a number > 0, got ${quote(raw['scale'])}`);
  }
  if (raw['missing'] !== undefined && !MISSING.includes(raw['missing'] as string)) {
    throw new ScoringInputError(
      'framework.missing',
      `unknown missing policy ${quote(raw['missing'])}; use "zero" or "exclude"`,
    );
  }
  const indicators = raw['indicators'];
  if (!Array.isArray(indicators) || indicators.length === 0) {
    throw new ScoringInputError('framework.indicators', 'must be a non-empty array');
  }
  const keys = new Set<string>();
  return {
    ...(raw['scale'] !== undefined ? { scale: raw['scale'] as number } : {}),
    ...(raw['missing'] !== undefined ? { missing: raw['missing'] as Framework['missing'] } : {}),
    indicators: indicators.map((node, i) => validateNode(node, `framework.indicators[${i}]`, keys)),
  };
}

function validateNode(raw: unknown, path: string, keys: Set<string>): FrameworkNode {
  if (!isObject(raw)) throw new ScoringInputError(path, 'must be an object');
  const key = raw['key'];
  if (typeof key !== 'string' || key.length === 0)
    throw new ScoringInputError(`${path}.key`, 'must be a non-empty string');
  const where = `${path} (${key})`;
  if (keys.has(key)) throw new ScoringInputError(where, `duplicate node key "${key}"`);
  keys.add(key);
  const weight = raw['weight'];
  if (!isFiniteNumber(weight) || weight <= 0)
    throw new ScoringInputError(where, `weight of "${key}" must be a number > 0, got ${quote(weight)}`);
  const name = raw['name'] as FrameworkNode['name'];
  const hasChildren = raw['children'] !== undefined;
  const hasMeasure = raw['measure'] !== undefined;
  if (hasChildren === hasMeasure) {
    throw new ScoringInputError(
      where,
      `node "${key}" must have either children or a measure, not ${hasChildren ? 'both' : 'neither'}`,
    );
  }
  if (hasChildren) {
    const children = raw['children'];
    if (!Array.isArray(children) || children.length === 0)
      throw new ScoringInputError(where, `children of "${key}" must be a non-empty array`);
    return {
      key,
      name,
      weight,
      children: children.map((child, i) => validateNode(child, `${path}.children[${i}]`, keys)),
    };
  }
  return { key, name, weight, measure: validateMeasure(raw['measure'], `${path}.measure`, key) };
}

function validateMeasure(raw: unknown, path: string, key: string): Measure {
  if (!isObject(raw)) throw new ScoringInputError(path, `measure of "${key}" must be an object`);
  const type = raw['type'];
  if (!TYPES.includes(type as string))
    throw new ScoringInputError(`${path}.type`, `unknown type ${quote(type)} on "${key}"`);
  const direction = raw['direction'];
  if (direction !== undefined && !DIRECTIONS.includes(direction as string)) {
    throw new ScoringInputError(`${path}.direction`, `unknown direction ${quote(direction)} on "${key}"`);
  }
  const measure: Measure = {
    type: type as Measure['type'],
    ...(direction ? { direction: direction as Measure['direction'] } : {}),
  };
  if (type === 'rating') {
    if (!isFiniteNumber(raw['max']) || raw['max'] <= 0)
      throw new ScoringInputError(`${path}.max`, `rating "${key}" needs a max > 0`);
    measure.max = raw['max'];
  }
  if (raw['per'] !== undefined) {
    if (type !== 'number')
      throw new ScoringInputError(
        `${path}.per`,
        `"per" applies to number measures only, not to ${type} "${key}"`,
      );
    if (typeof raw['per'] !== 'string' || raw['per'] === '')
      throw new ScoringInputError(`${path}.per`, `"per" on "${key}" must name an attribute`);
    measure.per = raw['per'];
  }
  if (raw['normalize'] !== undefined) {
    if (type !== 'number' && type !== 'percent') {
      throw new ScoringInputError(
        `${path}.normalize`,
        `normalisation applies to number and percent measures only, not to ${type} "${key}"`,
      );
    }
    measure.normalize = validateNormalization(raw['normalize'], `${path}.normalize`, key);
  }
  return measure;
}

function validateNormalization(raw: unknown, path: string, key: string): Normalization {
  if (!isObject(raw) || !METHODS.includes(raw['method'] as string)) {
    throw new ScoringInputError(
      `${path}.method`,
      `unknown method ${quote(isObject(raw) ? raw['method'] : raw)} on "${key}"`,
    );
  }
  if (raw['method'] !== 'goalposts') return { method: raw['method'] as 'minmax' | 'rank' };
  const { min, max } = raw;
  if (!isFiniteNumber(min) || !isFiniteNumber(max))
    throw new ScoringInputError(path, `goalposts on "${key}" need numeric min and max`);
  if (max <= min)
    throw new ScoringInputError(path, `goalposts on "${key}" need max > min, got min ${min} and max ${max}`);
  return { method: 'goalposts', min, max };
}
