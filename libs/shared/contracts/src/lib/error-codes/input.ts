/** Refusals of malformed input that names no single field. */
export const INPUT_ERRORS = {
  /** The body of a route that takes fields was JSON, but not an object: an array, a string, a number or null. */
  'request.not_an_object': 'The body must be a JSON object',
  /** Text with a null character or a broken UTF-16 surrogate pair, which no field may store. */
  'request.text_not_well_formed': 'Text may not contain null characters or broken UTF-16 surrogate pairs',
  /** A file import with problems in its rows; `details` name each row and column, and nothing was saved. */
  'import.rows_invalid': 'The file has {count} problem(s); nothing was saved',
  /** A framework that breaks a rule of its structure (weights, keys, goalposts); `details` name where. */
  'framework.invalid': 'The framework is invalid',
  /** A document (framework, scoring input) that breaks a rule of its structure; `details` name where. */
  'document.invalid': 'The document is invalid: {reason}',
  /** A document larger than the route takes; `params.limit` says what is allowed. */
  'document.too_large': 'The document is too large: {limit}',
} as const;
