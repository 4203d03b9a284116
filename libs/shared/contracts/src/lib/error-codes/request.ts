/**
 * Codes every route may answer with, one per HTTP status that has no more specific code.
 * The API falls back to these when a refusal names nothing more precise.
 * Each code maps to its English text; `{name}` placeholders are filled from the error's `params`.
 */
export const REQUEST_ERRORS = {
  'request.invalid': 'Some fields are invalid',
  'request.malformed_json': 'The body is not valid JSON',
  'request.too_large': 'The request body is too large',
  'request.too_deep': 'The JSON body nests arrays and objects more than {maxDepth} levels deep',
  'request.unsupported_media_type': 'This kind of body is not accepted here',
  'request.too_many': 'Too many requests from this address; try again in {retryAfter} seconds',
  'auth.required': 'Sign in to continue',
  'auth.forbidden': 'You may not do this',
  'record.not_found': 'Not found',
  'record.conflict': 'This conflicts with the record as it stands now',
  'record.taken': 'Another record has this {field} already',
  'record.stale_version': 'Someone else saved this record first; reload and apply your change again',
  'record.gone': 'This no longer exists',
  'route.not_found': 'There is no such address in the API',
  'service.unavailable': 'The service is unavailable; try again shortly',
  'server.error': 'Something went wrong on our side; quote request {requestId} when reporting it',
} as const;

/**
 * What is wrong with one field; the API puts one of these on every entry of `details`. Limits travel in
 * the entry's `params`, and the texts name them:
 * - `min` / `max`: the bound a value, a length (characters) or a list (items) broke, as a number;
 * - `other` / `otherDate`: for `field.too_early`, the field a date is compared with and that field's value;
 * - `deadline`: for `field.not_after_deadline`, the deadline a date must pass (ISO 8601);
 * - `expected`: the JSON type wanted (string, integer, number, boolean, array, object);
 * - `format`: the form wanted (uuid, email, url, ISO 8601, YYYY-MM-DD, or the regular expression the value must match);
 * - `allowed`: the allowed values, joined with ", ";
 * - `unit`: what `min` and `max` count where they are not plain numbers or characters (bytes, rows, files, parts, hours).
 */
export const REQUEST_FIELD_PROBLEMS = {
  'field.invalid': 'Invalid value',
  'field.required': 'Required',
  'field.not_allowed': 'Not allowed here',
  'field.type': 'Must be of type {expected}',
  'field.format': 'Expected format: {format}',
  'field.too_short': 'At least {min} characters',
  'field.too_long': 'At most {max} characters',
  'field.too_small': 'At least {min}',
  'field.too_large': 'At most {max}',
  'field.too_few': 'At least {min} items',
  'field.too_many': 'At most {max} items',
  'field.not_unique': 'Each item may appear only once',
  'field.too_early': 'Must not be before {other}',
  'field.not_after_deadline': 'Must be later than the deadline, {deadline}',
  'field.not_in_list': 'Must be one of: {allowed}',
  'field.control_characters': 'Contains control characters',
  'field.unknown_reference': 'Refers to something that does not exist',
  'field.taken': 'Taken already',
} as const;

/**
 * Texts for a field problem whose params did not come with it (an older server, an import that names no limit):
 * what people read instead of a text with a hole in it.
 */
export const FIELD_PROBLEMS_WITHOUT_PARAMS = {
  'field.type': 'Wrong kind of value',
  'field.format': 'Wrong format',
  'field.too_short': 'Too short',
  'field.too_long': 'Too long',
  'field.too_small': 'Too small',
  'field.too_large': 'Too large',
  'field.too_few': 'Too few items',
  'field.too_many': 'Too many items',
  'field.too_early': 'Too early',
  'field.not_after': 'Too early',
  'field.not_in_list': 'Not one of the allowed values',
} as const;
