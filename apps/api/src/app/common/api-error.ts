import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldProblem } from '@prgauge/contracts';

export type { ApiErrorBody, FieldProblem } from '@prgauge/contracts';

/** Throws a 400 whose `details` list each field and its problem. */
export class InvalidFieldsException extends HttpException {
  constructor(details: FieldProblem[], message = 'Some fields are invalid') {
    super({ message, details }, HttpStatus.BAD_REQUEST);
  }
}

/** A 409 that carries the record as it stands now, so the client can show both versions. */
export class StaleVersionException extends HttpException {
  constructor(current: unknown) {
    super(
      { message: 'Someone else saved this record first; reload and apply your change again', current },
      HttpStatus.CONFLICT,
    );
  }
}
