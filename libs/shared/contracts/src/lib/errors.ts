import type { ErrorCode, ErrorParams, FieldProblemCode } from './error-codes';

/** One invalid field and what is wrong with it. */
export interface FieldProblem {
  /** Path in the request body or query, e.g. `values[2].value`, or `file` for an upload. */
  field: string;
  /** Stable code of the problem, from the catalogue. */
  code: FieldProblemCode;
  /** The facts the problem names (`min`, `max`, `allowed`…), filling its text's placeholders. */
  params?: ErrorParams;
  /** English explanations, for logs and API users. */
  problems: string[];
}

/** The body of every error response from the API. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable code from the catalogue; clients translate this, never `message`. */
  code: ErrorCode;
  /** The facts the refusal names (field, indicator key, limit, date…), filling its text's placeholders. */
  params: ErrorParams;
  error: string;
  /** The code's English text with `params` filled in, for logs and API users. */
  message: string;
  details?: FieldProblem[];
  /** On 409 for a stale version: the record as it stands now. */
  current?: unknown;
}
