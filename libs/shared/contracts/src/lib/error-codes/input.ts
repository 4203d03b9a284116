/** Refusals of malformed input that names no single field. */
export const INPUT_ERROR_CODES = [
  /** The body of a route that takes fields was JSON, but not an object: an array, a string, a number or null. */
  'request.not_an_object',
] as const;
