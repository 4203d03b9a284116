/** What an invalid-input error is about, besides its place in the document. */
export interface ScoringInputErrorSubject {
  /** The framework node key involved, if any. */
  key?: string;
  /** The agency id involved, if any. */
  agency?: string;
}

/**
 * Thrown for every invalid input. `path` points into the input document (`values[17].value`,
 * `framework.indicators[2].children[0].weight`); the message starts with the path and names the key or agency,
 * so it can be shown to an analyst as one line.
 */
export class ScoringInputError extends Error {
  readonly key?: string;
  readonly agency?: string;

  constructor(
    readonly path: string,
    problem: string,
    subject: ScoringInputErrorSubject = {},
  ) {
    super(`${path}: ${problem}`);
    this.name = 'ScoringInputError';
    if (subject.key !== undefined) this.key = subject.key;
    if (subject.agency !== undefined) this.agency = subject.agency;
  }
}
