import { HttpStatus } from '@nestjs/common';
import { ApiException, type ErrorCode } from './api-error';

/**
 * A 429 that tells the client when to try again: the exception filter turns `retryAfterSeconds`
 * into a `Retry-After` header (whole seconds, at least 1).
 */
export class TooManyRequestsException extends ApiException {
  readonly retryAfterSeconds: number;

  constructor(code: ErrorCode, message: string, retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, code, message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
