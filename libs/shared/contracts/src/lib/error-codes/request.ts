/**
 * Codes every route may answer with, one per HTTP status that has no more specific code.
 * The API falls back to these when a refusal names nothing more precise.
 */
export const REQUEST_ERROR_CODES = [
  'request.invalid',
  'request.malformed_json',
  'request.too_large',
  'request.too_deep',
  'request.unsupported_media_type',
  'request.too_many',
  'auth.required',
  'auth.forbidden',
  'record.not_found',
  'record.conflict',
  'record.stale_version',
  'record.gone',
  'route.not_found',
  'service.unavailable',
  'server.error',
] as const;

/** What is wrong with one field; the API puts one of these on every entry of `details`. */
export const REQUEST_FIELD_PROBLEM_CODES = [
  'field.invalid',
  'field.required',
  'field.not_allowed',
  'field.type',
  'field.format',
  'field.too_short',
  'field.too_long',
  'field.too_small',
  'field.too_large',
  'field.not_in_list',
  'field.control_characters',
  'field.unknown_reference',
  'field.taken',
] as const;
