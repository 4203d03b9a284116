import { ScoringInputError } from './scoring-input-error';
import type {
  AgencyInput,
  Framework,
  FrameworkNode,
  LeafNode,
  ScoringInput,
  SensitivityOptions,
  ValueInput,
} from './types';
import { isObject, validateFramework } from './validate-framework';

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Validates an untrusted document (parsed JSON) against every rule of the engine and returns it typed. */
export function validateScoringInput(raw: unknown): ScoringInput {
  if (!isObject(raw))
    throw new ScoringInputError('input', 'must be an object with framework, agencies and values');
  const framework = validateFramework(raw['framework']);
  const agencies = validateAgencies(raw['agencies']);
  const values = validateValues(raw['values'], framework, new Map(agencies.map((a, i) => [a.id, i])));
  const sensitivity = raw['sensitivity'] === undefined ? undefined : validateSensitivity(raw['sensitivity']);
  return { framework, agencies, values, ...(sensitivity ? { sensitivity } : {}) };
}

function validateAgencies(raw: unknown): AgencyInput[] {
  if (!Array.isArray(raw)) throw new ScoringInputError('agencies', 'must be an array');
  const ids = new Set<string>();
  return raw.map((agency, i) => {
    const path = `agencies[${i}]`;
    if (!isObject(agency)) throw new ScoringInputError(path, 'must be an object');
    const id = agency['id'];
    if (typeof id !== 'string' || id === '')
      throw new ScoringInputError(`${path}.id`, 'must be a non-empty string');
    if (ids.has(id)) throw new ScoringInputError(path, `duplicate agency id "${id}"`);
    ids.add(id);
    const group = agency['group'];
    if (group !== undefined && group !== null && typeof group !== 'string')
      throw new ScoringInputError(`${path}.group`, `group of agency "${id}" must be a string`);
    const attributes = agency['attributes'];
    if (attributes !== undefined && !isObject(attributes))
      throw new ScoringInputError(`${path}.attributes`, `attributes of agency "${id}" must be an object`);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (!isFiniteNumber(value))
        throw new ScoringInputError(
          `${path}.attributes.${name}`,
          `attribute "${name}" of agency "${id}" must be a finite number`,
        );
    }
    return {
      id,
      ...(agency['name'] !== undefined ? { name: agency['name'] as AgencyInput['name'] } : {}),
      ...(typeof group === 'string' ? { group } : {}),
      ...(attributes ? { attributes: attributes as Record<string, number> } : {}),
    };
  });
}

function leavesByKey(framework: Framework): {
  leaves: Map<string, { leaf: LeafNode; index: number }>;
  groups: Set<string>;
} {
  const leaves = new Map<string, { leaf: LeafNode; index: number }>();
  const groups = new Set<string>();
  const visit = (node: FrameworkNode) => {
    if ('children' in node) {
      groups.add(node.key);
      node.children.forEach(visit);
    } else leaves.set(node.key, { leaf: node, index: leaves.size });
  };
  framework.indicators.forEach(visit);
  return { leaves, groups };
}

/** Checks every value in place; a province has hundreds of thousands, so nothing is copied or concatenated. */
function validateValues(raw: unknown, framework: Framework, agencyIds: Map<string, number>): ValueInput[] {
  if (!Array.isArray(raw)) throw new ScoringInputError('values', 'must be an array');
  const { leaves, groups } = leavesByKey(framework);
  const seen = new Uint8Array(agencyIds.size * leaves.size);
  for (let i = 0; i < raw.length; i += 1) {
    const entry: unknown = raw[i];
    const path = () => `values[${i}]`;
    if (!isObject(entry)) throw new ScoringInputError(path(), 'must be an object');
    const { agency, indicator, value } = entry;
    const a = typeof agency === 'string' ? agencyIds.get(agency) : undefined;
    if (a === undefined)
      throw new ScoringInputError(path(), `value for unknown agency ${JSON.stringify(agency)}`);
    if (typeof indicator !== 'string')
      throw new ScoringInputError(path(), `indicator of agency "${agency}" must be a string`);
    const found = leaves.get(indicator);
    if (!found) {
      if (groups.has(indicator))
        throw new ScoringInputError(
          path(),
          `"${indicator}" is not a leaf: values go on leaves only (agency "${agency}")`,
        );
      throw new ScoringInputError(path(), `unknown indicator "${indicator}" (agency "${agency}")`);
    }
    const slot = a * leaves.size + found.index;
    if (seen[slot])
      throw new ScoringInputError(path(), `two values for agency "${agency}" and indicator "${indicator}"`);
    seen[slot] = 1;
    checkValue(value, found.leaf, path, agency as string);
  }
  return raw as ValueInput[];
}

function checkValue(value: unknown, leaf: LeafNode, path: () => string, agency: string): void {
  const about = () => `agency "${agency}", indicator "${leaf.key}"`;
  if (leaf.measure.type === 'boolean') {
    if (value === true || value === false || value === 1 || value === 0) return;
    throw new ScoringInputError(
      `${path()}.value`,
      `${about()}: a yes/no value must be true, false, 1 or 0, got ${JSON.stringify(value)}`,
    );
  }
  if (!isFiniteNumber(value))
    throw new ScoringInputError(
      `${path()}.value`,
      `${about()}: value must be a finite number, got ${JSON.stringify(value)}`,
    );
  if (value < 0)
    throw new ScoringInputError(`${path()}.value`, `${about()}: value must not be negative, got ${value}`);
  if (leaf.measure.type === 'rating' && value > (leaf.measure.max ?? 0)) {
    throw new ScoringInputError(
      `${path()}.value`,
      `${about()}: rating ${value} is above its max ${leaf.measure.max}`,
    );
  }
}

function validateSensitivity(raw: unknown): SensitivityOptions {
  if (!isObject(raw)) throw new ScoringInputError('sensitivity', 'must be an object');
  const { runs = 1000, spread = 0.25, seed = 42 } = raw;
  if (!Number.isInteger(runs) || (runs as number) < 1 || (runs as number) > 100_000) {
    throw new ScoringInputError(
      'sensitivity.runs',
      `must be a whole number from 1 to 100000, got ${JSON.stringify(runs)}`,
    );
  }
  if (!isFiniteNumber(spread) || spread < 0 || spread >= 1)
    throw new ScoringInputError(
      'sensitivity.spread',
      `must be a number in [0, 1), got ${JSON.stringify(spread)}`,
    );
  if (!Number.isInteger(seed))
    throw new ScoringInputError('sensitivity.seed', `must be a whole number, got ${JSON.stringify(seed)}`);
  return { runs: runs as number, spread, seed: seed as number };
}
