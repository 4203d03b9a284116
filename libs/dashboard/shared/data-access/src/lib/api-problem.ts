import { HttpErrorResponse } from '@angular/common/http';

/** What the API says went wrong, in the shape every error response shares. */
export interface ApiProblem {
  status: number;
  message: string;
  /** Each invalid field with what is wrong with it. */
  details: { field: string; problems: string[] }[];
  /** On a 409 for a stale version: the record as it is now. */
  current?: unknown;
}

/** Reads any thrown value as an {@link ApiProblem}; a network failure has status 0. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as Partial<{
      message: string | string[];
      details: ApiProblem['details'];
      current: unknown;
    }>;
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    return {
      status: error.status,
      message: message ?? error.statusText ?? 'Request failed',
      details: Array.isArray(body.details) ? body.details : [],
      current: body.current,
    };
  }
  return { status: 0, message: error instanceof Error ? error.message : String(error), details: [] };
}
