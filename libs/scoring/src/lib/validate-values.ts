import type { CompiledFramework } from './compile';
import { isFiniteNumber, isObject, quote } from './json-guards';
import { ScoringInputError } from './scoring-input-error';
import type { AgencyInput, LeafNode, ValueInput } from './types';

/**
 * Checks every value and gathers them into an agency × leaf table in the same pass. A province sends hundreds of
 * thousands of values, so the input array is checked in place, never copied.
 */
export function readValues(
  raw: unknown,
  compiled: CompiledFramework,
  agencies: AgencyInput[],
): { values: ValueInput[]; cells: Float64Array } {
  if (!Array.isArray(raw)) throw new ScoringInputError('values', 'must be an array');
  const agencyIndex = new Map(agencies.map((agency, i) => [agency.id, i]));
  const leafCount = compiled.leaves.length;
  const cells = new Float64Array(agencies.length * leafCount).fill(NaN);
  for (let i = 0; i < raw.length; i += 1) {
    const entry: unknown = raw[i];
    if (!isObject(entry)) throw new ScoringInputError(`values[${i}]`, 'a value must be an object');
    const { agency, indicator, value } = entry;
    const a = typeof agency === 'string' ? agencyIndex.get(agency) : undefined;
    if (a === undefined) throw unknownAgency(i, agency);
    const leaf = leafOf(compiled, i, indicator, agency as string);
    const slot = a * leafCount + leaf;
    if (!Number.isNaN(cells[slot])) {
      throw new ScoringInputError(
        `values[${i}]`,
        `two values for agency "${agency as string}" and indicator "${indicator as string}"`,
        { agency: agency as string, key: indicator as string },
      );
    }
    cells[slot] = checkedValue(value, compiled.leaves[leaf], i, agency as string);
  }
  return { values: raw as ValueInput[], cells };
}

function unknownAgency(i: number, agency: unknown): ScoringInputError {
  return new ScoringInputError(
    `values[${i}]`,
    `value for unknown agency ${quote(agency)}`,
    typeof agency === 'string' ? { agency } : {},
  );
}

function leafOf(compiled: CompiledFramework, i: number, indicator: unknown, agency: string): number {
  if (typeof indicator !== 'string')
    throw new ScoringInputError(
      `values[${i}].indicator`,
      `indicator of a value of agency "${agency}" must be a key`,
      {
        agency,
      },
    );
  const node = compiled.indexOfKey.get(indicator);
  if (node === undefined)
    throw new ScoringInputError(
      `values[${i}].indicator`,
      `unknown indicator "${indicator}" (agency "${agency}")`,
      {
        agency,
        key: indicator,
      },
    );
  const leaf = compiled.leafIndex[node];
  if (leaf < 0) {
    throw new ScoringInputError(
      `values[${i}].indicator`,
      `"${indicator}" is not a leaf: values go on leaves only (agency "${agency}")`,
      { agency, key: indicator },
    );
  }
  return leaf;
}

/** The value as a number (booleans as 1/0), or an error naming the agency and the indicator. */
function checkedValue(value: unknown, leaf: LeafNode, i: number, agency: string): number {
  const fail = (problem: string) =>
    new ScoringInputError(`values[${i}].value`, `agency "${agency}", indicator "${leaf.key}": ${problem}`, {
      agency,
      key: leaf.key,
    });
  const { type, max } = leaf.measure;
  if (type === 'boolean') {
    if (value === true || value === 1) return 1;
    if (value === false || value === 0) return 0;
    throw fail(`a yes/no value must be true, false, 1 or 0, got ${quote(value)}`);
  }
  if (!isFiniteNumber(value)) throw fail(`value must be a finite number, got ${quote(value)}`);
  if (value < 0) throw fail(`value must not be negative, got ${value}`);
  if (type === 'rating' && value > (max ?? 0)) throw fail(`rating ${value} is above its max ${max ?? 0}`);
  return value;
}
