import { AUTH_ERROR_CODES, AUTH_FIELD_PROBLEM_CODES } from './auth';
import { CONTESTS_PRIVACY_ERROR_CODES, CONTESTS_PRIVACY_FIELD_PROBLEM_CODES } from './contests-privacy';
import { INPUT_ERROR_CODES } from './input';
import { REQUEST_ERROR_CODES, REQUEST_FIELD_PROBLEM_CODES } from './request';
import { SERVICE_ERROR_CODES } from './service';
import { UPLOAD_ERROR_CODES } from './uploads';

export { INPUT_ERROR_CODES } from './input';
export { REQUEST_ERROR_CODES } from './request';
export { SERVICE_ERROR_CODES } from './service';
export { UPLOAD_ERROR_CODES } from './uploads';

/**
 * The catalogue of stable error codes. A response's `code` and each `details[].code` come from here;
 * clients translate them and never read `message`, which is English for logs and API users.
 * Codes are `area.reason`, lower case; a code, once shipped, keeps its meaning.
 */
export const ERROR_CODES = [
  ...REQUEST_ERROR_CODES,
  ...UPLOAD_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...CONTESTS_PRIVACY_ERROR_CODES,
  ...SERVICE_ERROR_CODES,
  ...INPUT_ERROR_CODES,
] as const;

/** Every code one invalid field may carry in `details[].code`. */
export const FIELD_PROBLEM_CODES = [
  ...REQUEST_FIELD_PROBLEM_CODES,
  ...AUTH_FIELD_PROBLEM_CODES,
  ...CONTESTS_PRIVACY_FIELD_PROBLEM_CODES,
] as const;

/** A code a whole response may carry. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A code one invalid field may carry. */
export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);
const KNOWN_FIELD = new Set<string>(FIELD_PROBLEM_CODES);

/** True when `value` is a code of the catalogue. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/** True when `value` is a field-problem code of the catalogue. */
export function isFieldProblemCode(value: unknown): value is FieldProblemCode {
  return typeof value === 'string' && KNOWN_FIELD.has(value);
}
