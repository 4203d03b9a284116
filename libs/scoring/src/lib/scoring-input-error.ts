/** Thrown for every invalid input; `path` points into the input document and the message names the key or agency. */
export class ScoringInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ScoringInputError';
  }
}
