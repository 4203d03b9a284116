import type { ErrorCode } from '@prgauge/contracts';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'request.invalid',
  401: 'auth.required',
  403: 'auth.forbidden',
  404: 'record.not_found',
  409: 'record.conflict',
  410: 'record.gone',
  413: 'request.too_large',
  415: 'request.unsupported_media_type',
  429: 'request.too_many',
  503: 'service.unavailable',
};

/** The catalogue code for a refusal that names nothing more precise than its HTTP status. */
export function errorCodeOfStatus(status: number): ErrorCode {
  return BY_STATUS[status] ?? (status >= 500 ? 'server.error' : 'request.invalid');
}
