import { compileFramework, type CompiledFramework } from './compile';
import { isFiniteNumber, isObject, quote } from './json-guards';
import { ScoringInputError } from './scoring-input-error';
import type { AgencyInput, ScoringInput, SensitivityOptions } from './types';
import { validateFramework } from './validate-framework';
import { readValues } from './validate-values';

/** A document that passed validation, with what checking it already worked out, so nothing is looked up twice. */
export interface ParsedInput {
  input: ScoringInput;
  compiled: CompiledFramework;
  /** Raw values, agency-major (`cells[agency * leafCount + leaf]`), booleans as 1/0, NaN where none was given. */
  cells: Float64Array;
}

/** Validates an untrusted document (parsed JSON) against every rule of the engine and returns it typed. */
export function validateScoringInput(raw: unknown): ScoringInput {
  return parseScoringInput(raw).input;
}

export function parseScoringInput(raw: unknown): ParsedInput {
  if (!isObject(raw))
    throw new ScoringInputError('input', 'must be an object with framework, agencies and values');
  const framework = validateFramework(raw['framework']);
  const compiled = compileFramework(framework);
  const agencies = validateAgencies(
    raw['agencies'],
    new Set(compiled.leaves.map((l) => l.measure.per ?? '')),
  );
  const { values, cells } = readValues(raw['values'], compiled, agencies);
  const sensitivity = raw['sensitivity'] === undefined ? undefined : validateSensitivity(raw['sensitivity']);
  return {
    input: { framework, agencies, values, ...(sensitivity ? { sensitivity } : {}) },
    compiled,
    cells,
  };
}

function validateAgencies(raw: unknown, divisors: Set<string>): AgencyInput[] {
  if (!Array.isArray(raw)) throw new ScoringInputError('agencies', 'must be an array');
  const ids = new Set<string>();
  return raw.map((entry: unknown, i): AgencyInput => {
    const path = `agencies[${i}]`;
    if (!isObject(entry)) throw new ScoringInputError(path, 'an agency must be an object');
    const { id, name, group, attributes } = entry;
    if (typeof id !== 'string' || id === '')
      throw new ScoringInputError(`${path}.id`, `agency id must be a non-empty string, got ${quote(id)}`);
    if (ids.has(id)) throw new ScoringInputError(`${path}.id`, `duplicate agency id "${id}"`, { agency: id });
    ids.add(id);
    // A null group comes from databases that store "no peer group" as NULL; it means the same as none.
    if (group !== undefined && group !== null && typeof group !== 'string')
      throw new ScoringInputError(`${path}.group`, `group of agency "${id}" must be a string`, {
        agency: id,
      });
    if (attributes !== undefined && !isObject(attributes))
      throw new ScoringInputError(`${path}.attributes`, `attributes of agency "${id}" must be an object`, {
        agency: id,
      });
    for (const [attribute, value] of Object.entries(attributes ?? {})) {
      const where = `${path}.attributes.${attribute}`;
      if (!isFiniteNumber(value))
        throw new ScoringInputError(
          where,
          `attribute "${attribute}" of agency "${id}" must be a finite number`,
          {
            agency: id,
          },
        );
      // Dividing by a negative attribute would turn a valid value negative, which values may never be.
      if (value < 0 && divisors.has(attribute))
        throw new ScoringInputError(
          where,
          `attribute "${attribute}" of agency "${id}" must not be negative`,
          {
            agency: id,
          },
        );
    }
    return {
      id,
      ...(name !== undefined ? { name: name as AgencyInput['name'] } : {}),
      ...(typeof group === 'string' ? { group } : {}),
      ...(attributes ? { attributes: attributes as Record<string, number> } : {}),
    };
  });
}

/** Runs, spread and seed default to 1,000, 0.25 and 42, the published analysis. */
function validateSensitivity(raw: unknown): SensitivityOptions {
  if (!isObject(raw))
    throw new ScoringInputError('sensitivity', 'must be an object with runs, spread and seed');
  const { runs = 1000, spread = 0.25, seed = 42 } = raw;
  if (!Number.isInteger(runs) || (runs as number) < 1 || (runs as number) > 100_000)
    throw new ScoringInputError(
      'sensitivity.runs',
      `runs must be a whole number from 1 to 100000, got ${quote(runs)}`,
    );
  // Below 1 so that a perturbed weight stays > 0.
  if (!isFiniteNumber(spread) || spread < 0 || spread >= 1)
    throw new ScoringInputError(
      'sensitivity.spread',
      `spread must be a number in [0, 1), got ${quote(spread)}`,
    );
  if (!Number.isInteger(seed))
    throw new ScoringInputError('sensitivity.seed', `seed must be a whole number, got ${quote(seed)}`);
  return { runs: runs as number, spread, seed: seed as number };
}
