import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, FieldProblem, FieldProblemCode } from '@prgauge/contracts';

export type { ApiErrorBody, ErrorCode, FieldProblem, FieldProblemCode } from '@prgauge/contracts';

/** A field problem as code writes it; `code` defaults to `field.invalid`. */
export type FieldProblemInput = Omit<FieldProblem, 'code'> & { code?: FieldProblemCode };

/**
 * A refusal with a stable catalogue code. `message` is English for logs and API users; clients translate `code`.
 * Extra properties (`details`, `current`) are passed through to the error body.
 */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    extra: { details?: FieldProblemInput[]; current?: unknown } = {},
  ) {
    super({ code, message, ...extra }, status);
  }
}

/** Throws a 400 whose `details` list each field and its problem. */
export class InvalidFieldsException extends ApiException {
  constructor(details: FieldProblemInput[], message = 'Some fields are invalid') {
    super(HttpStatus.BAD_REQUEST, 'request.invalid', message, { details });
  }
}

/** A 409 that carries the record as it stands now, so the client can show both versions. */
export class StaleVersionException extends ApiException {
  constructor(current: unknown) {
    super(
      HttpStatus.CONFLICT,
      'record.stale_version',
      'Someone else saved this record first; reload and apply your change again',
      { current },
    );
  }
}

/** A 409 for a value that must be unique and is not, naming the field. */
export class TakenException extends ApiException {
  constructor(field: string, message: string) {
    super(HttpStatus.CONFLICT, 'record.conflict', message, {
      details: [{ field, code: 'field.taken', problems: ['is taken'] }],
    });
  }
}
