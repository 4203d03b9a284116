import { HttpErrorResponse } from '@angular/common/http';
import {
  isErrorCode,
  isFieldProblemCode,
  type ErrorCode,
  type ErrorParams,
  type FieldProblem,
} from '@prgauge/contracts';

/**
 * One invalid field, by code. The API's English `problems` are left out on purpose: people read the code's
 * text through `RefusalText`, so no component can show the API's words.
 */
export type ProblemField = Omit<FieldProblem, 'problems'>;

/**
 * What the API says went wrong, in the shape every error response shares. It carries no English sentence:
 * words come from the code and params through `RefusalText` (dashboard-i18n).
 */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** Stable code from the catalogue; from the status when the answer carried none (see {@link codeOfStatus}). */
  code: ErrorCode;
  /** The facts the refusal names, which fill the placeholders of the code's text. */
  params: ErrorParams;
  /** Each invalid field with what is wrong with it. */
  details: ProblemField[];
  /** On a 409 for a stale version: the record as it is now. */
  current?: unknown;
}

/** Reads any thrown value as an {@link ApiProblem}; a network failure has status 0. */
export function apiProblemOf(error: unknown): ApiProblem {
  // A resource read in an error state throws the answer wrapped, as the cause of its own error.
  if (error instanceof Error && error.cause instanceof HttpErrorResponse) return apiProblemOf(error.cause);
  if (!(error instanceof HttpErrorResponse) || error.status === 0) {
    return { status: 0, code: 'server.error', params: {}, details: [] };
  }
  const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as Partial<{
    code: unknown;
    params: unknown;
    details: Partial<FieldProblem>[];
    current: unknown;
  }>;
  const code = isErrorCode(body.code) ? body.code : codeOfStatus(error.status);
  const params = paramsOf(body.params);
  // A failure the API caught names the request to quote; a proxy's answer may carry it only as a header.
  const requestId = error.headers?.get('x-request-id');
  return {
    status: error.status,
    code,
    params:
      code === 'server.error' && !('requestId' in params) && requestId ? { ...params, requestId } : params,
    details: Array.isArray(body.details) ? body.details.map(withCode) : [],
    current: body.current,
  };
}

const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'request.invalid',
  401: 'auth.required',
  403: 'auth.forbidden',
  404: 'record.not_found',
  409: 'record.conflict',
  410: 'record.gone',
  413: 'request.too_large',
  415: 'request.unsupported_media_type',
  429: 'request.too_many',
  502: 'service.unavailable',
  503: 'service.unavailable',
  504: 'service.unavailable',
};

/**
 * The code of an answer without a catalogued one: a proxy's 502, or an API newer than this dashboard.
 * Named after its status, so it reads no worse than what the API itself falls back to.
 */
function codeOfStatus(status: number): ErrorCode {
  return CODE_OF_STATUS[status] ?? (status >= 500 ? 'server.error' : 'request.invalid');
}

/** Every field problem keeps a code, even from an answer that predates the catalogue. */
function withCode(detail: Partial<FieldProblem>): ProblemField {
  return {
    field: String(detail.field ?? ''),
    code: isFieldProblemCode(detail.code) ? detail.code : 'field.invalid',
    params: paramsOf(detail.params),
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
