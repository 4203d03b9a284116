/** One invalid field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** The body of every error response from the API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldProblem[];
  /** On 409 for a stale version: the record as it stands now. */
  current?: unknown;
}
