import { HttpStatus } from '@nestjs/common';
import { ApiException } from './api-error';

/**
 * A 429 that tells the client when to try again: the exception filter turns `retryAfterSeconds`
 * into a `Retry-After` header (whole seconds, at least 1).
 */
export class TooManyRequestsException extends ApiException<'auth.throttled' | 'request.too_many'> {
  readonly retryAfterSeconds: number;

  constructor(code: 'auth.throttled' | 'request.too_many', retryAfterSeconds: number) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    super(HttpStatus.TOO_MANY_REQUESTS, code, { retryAfter });
    this.retryAfterSeconds = retryAfter;
  }
}
