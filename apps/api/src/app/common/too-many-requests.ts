import { HttpStatus } from '@nestjs/common';
import { ApiException } from './api-error';

/**
 * A 429 that tells the client when to try again: the exception filter turns `retryAfterSeconds`
 * into a `Retry-After` header (whole seconds, at least 1).
 */
type ThrottleCode = 'auth.throttled' | 'auth.reset_throttled' | 'request.too_many';

export class TooManyRequestsException extends ApiException<ThrottleCode> {
  readonly retryAfterSeconds: number;

  constructor(code: ThrottleCode, retryAfterSeconds: number) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    super(HttpStatus.TOO_MANY_REQUESTS, code, { retryAfter });
    this.retryAfterSeconds = retryAfter;
  }
}
