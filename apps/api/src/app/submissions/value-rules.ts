import type { ErrorParams, FieldProblemCode, FrameworkDocumentLeaf, Role } from '@prgauge/contracts';
import { MAX_FIGURE } from '../common/number-bounds';

/** Which leaves a role may fill: agencies their own figures, evaluators and directors the ratings, nobody computed ones. */
export function mayFill(role: Role, leaf: FrameworkDocumentLeaf): boolean {
  switch (leaf.source) {
    case 'agency':
      return role === 'agency_editor' || role === 'director' || role === 'admin';
    case 'evaluator':
      // A committee member's scope is checked by the service, which knows the committee's indices.
      return role === 'evaluator' || role === 'director' || role === 'admin' || role === 'committee_member';
    case 'computed':
    case undefined:
      return false;
  }
}

/** What is wrong with a value, with the catalogue code a client translates and the limit it broke. */
export interface ValueProblem {
  code: FieldProblemCode;
  params: ErrorParams;
  text: string;
}

/** The problem with a value for a leaf, or null when it is acceptable; booleans arrive as true/false or 1/0. */
export function valueProblem(leaf: FrameworkDocumentLeaf, value: unknown): ValueProblem | null {
  if (value === null) return null;
  const measure = leaf.measure;
  if (!measure) return { code: 'field.invalid', params: {}, text: `"${leaf.key}" is not an indicator` };
  if (measure.type === 'boolean') {
    return value === true || value === false || value === 0 || value === 1
      ? null
      : { code: 'field.type', params: { expected: 'boolean' }, text: 'must be yes or no (true/false)' };
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { code: 'field.type', params: { expected: 'number' }, text: 'must be a number' };
  if (value < 0) return { code: 'field.too_small', params: { min: 0 }, text: 'must not be negative' };
  const max = largestValue(leaf);
  if (value <= max) return null;
  const text =
    measure.type === 'percent'
      ? 'is a percentage and must not exceed 100'
      : measure.type === 'rating'
        ? `is a rating from 0 to ${max}`
        : `must not exceed ${max}`;
  return { code: 'field.too_large', params: { max }, text };
  return null;
}

/**
 * The largest value a number, percent or rating leaf takes (the smallest is 0): 100 for a percent, the top of a
 * rating's scale, `MAX_FIGURE` for a plain number. The form, the import and the template's cell validation share it.
 */
export function largestValue(leaf: FrameworkDocumentLeaf): number {
  switch (leaf.measure.type) {
    case 'percent':
      return 100;
    case 'rating':
      return leaf.measure.max ?? 0;
    case 'number':
    case 'boolean':
      return MAX_FIGURE;
  }
}

/** Values are stored as numbers; yes/no as 1/0. */
export function toStoredValue(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as number;
}
