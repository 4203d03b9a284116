import { HttpErrorResponse } from '@angular/common/http';
import {
  isErrorCode,
  isFieldProblemCode,
  type ErrorCode,
  type ErrorParams,
  type FieldProblem,
} from '@prgauge/contracts';

/** What the API says went wrong, in the shape every error response shares. */
export interface ApiProblem {
  status: number;
  /** Stable code from the catalogue; `server.error` when the answer carried none (network failure included). */
  code: ErrorCode;
  /** The facts the refusal names, which fill the placeholders of the code's text. */
  params: ErrorParams;
  /** The API's English text, for logs; people see the code's text through the translation service. */
  message: string;
  /** Each invalid field with what is wrong with it. */
  details: FieldProblem[];
  /** On a 409 for a stale version: the record as it is now. */
  current?: unknown;
}

/** Reads any thrown value as an {@link ApiProblem}; a network failure has status 0. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as Partial<{
      message: string | string[];
      code: unknown;
      params: unknown;
      details: Partial<FieldProblem>[];
      current: unknown;
    }>;
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    return {
      status: error.status,
      code: isErrorCode(body.code) ? body.code : 'server.error',
      params: paramsOf(body.params),
      message: message ?? error.statusText ?? 'Request failed',
      details: Array.isArray(body.details) ? body.details.map(withCode) : [],
      current: body.current,
    };
  }
  return {
    status: 0,
    code: 'server.error',
    params: {},
    message: error instanceof Error ? error.message : String(error),
    details: [],
  };
}

/** Every field problem keeps a code, even from an answer that predates the catalogue. */
function withCode(detail: Partial<FieldProblem>): FieldProblem {
  return {
    field: String(detail.field ?? ''),
    code: isFieldProblemCode(detail.code) ? detail.code : 'field.invalid',
    params: paramsOf(detail.params),
    problems: Array.isArray(detail.problems) ? detail.problems.map(String) : [],
  };
}

/** Only text and finite numbers: what a translated text can show. */
function paramsOf(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    ) as [string, string | number][],
  );
}
