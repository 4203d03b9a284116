import { HttpException, HttpStatus } from '@nestjs/common';
import {
  errorMessage,
  type ErrorCode,
  type ErrorParams,
  type ErrorParamsOf,
  type FieldProblem,
  type FieldProblemCode,
} from '@prgauge/contracts';

export type {
  ApiErrorBody,
  ErrorCode,
  ErrorParams,
  FieldProblem,
  FieldProblemCode,
} from '@prgauge/contracts';

/** A field problem as code writes it; `code` defaults to `field.invalid`. */
export type FieldProblemInput = Omit<FieldProblem, 'code'> & { code?: FieldProblemCode };

/**
 * A refusal with a stable catalogue code and the facts it names. The body's `message` is the code's English
 * text with `params` filled in (see `ERROR_MESSAGES` in the contracts); TypeScript checks that `params` fills
 * every placeholder of that text. `details` (field problems) and `current` (the record as it stands now, on a
 * stale-version 409) are passed through to the error body.
 */
export class ApiException<C extends ErrorCode = ErrorCode> extends HttpException {
  readonly params: ErrorParams;

  constructor(
    status: HttpStatus,
    readonly code: C,
    params: ErrorParamsOf<C>,
    extra: { details?: FieldProblemInput[]; current?: unknown } = {},
  ) {
    super({ code, params, message: errorMessage(code, params), ...extra }, status);
    this.params = params;
  }
}

/** Throws a 400 whose `details` list each field and its problem; `code` names the refusal as a whole. */
export class InvalidFieldsException<C extends ErrorCode = 'request.invalid'> extends ApiException<C> {
  constructor(details: FieldProblemInput[], code?: C, params?: ErrorParamsOf<C>) {
    super(HttpStatus.BAD_REQUEST, code ?? ('request.invalid' as C), params ?? ({} as ErrorParamsOf<C>), {
      details,
    });
  }
}

/** A 409 that carries the record as it stands now, so the client can show both versions. */
export class StaleVersionException extends ApiException<'record.stale_version'> {
  constructor(current: unknown) {
    super(HttpStatus.CONFLICT, 'record.stale_version', {}, { current });
  }
}

/** A 409 for a value that must be unique and is not, naming the field and, where known, the value. */
export class TakenException extends ApiException<'record.taken'> {
  constructor(field: string, value?: string | number) {
    const params: ErrorParams = value === undefined ? {} : { value };
    super(
      HttpStatus.CONFLICT,
      'record.taken',
      { field, ...params },
      { details: [{ field, code: 'field.taken', params, problems: ['is taken'] }] },
    );
  }
}
