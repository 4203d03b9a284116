import type { ErrorCode, FieldProblemCode } from './error-codes';

/** One invalid field and what is wrong with it. */
export interface FieldProblem {
  /** Path in the request body or query, e.g. `values[2].value`, or `file` for an upload. */
  field: string;
  /** Stable code of the problem, from the catalogue. */
  code: FieldProblemCode;
  /** English explanations, for logs and API users. */
  problems: string[];
}

/** The body of every error response from the API. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable code from the catalogue; clients translate this, never `message`. */
  code: ErrorCode;
  error: string;
  message: string;
  details?: FieldProblem[];
  /** On 409 for a stale version: the record as it stands now. */
  current?: unknown;
}
