import { ValidationError, ValidationPipe } from '@nestjs/common';
import { isFieldProblemCode, type FieldProblemCode } from '@prgauge/contracts';
import { FieldProblem, InvalidFieldsException } from './api-error';

/** class-validator's constraint names, mapped to the catalogue's field-problem codes. */
const CONSTRAINT_CODES: Record<string, FieldProblemCode> = {
  isDefined: 'field.required',
  isNotEmpty: 'field.required',
  whitelistValidation: 'field.not_allowed',
  isString: 'field.type',
  isInt: 'field.type',
  isNumber: 'field.type',
  isBoolean: 'field.type',
  isArray: 'field.type',
  isObject: 'field.type',
  nestedValidation: 'field.type',
  isUUID: 'field.format',
  isEmail: 'field.format',
  isDateString: 'field.format',
  isISO8601: 'field.format',
  matches: 'field.format',
  isUrl: 'field.format',
  minLength: 'field.too_short',
  arrayMinSize: 'field.too_short',
  arrayNotEmpty: 'field.too_short',
  maxLength: 'field.too_long',
  arrayMaxSize: 'field.too_long',
  min: 'field.too_small',
  max: 'field.too_large',
  isIn: 'field.not_in_list',
  isEnum: 'field.not_in_list',
};

/**
 * The catalogue code for a set of class-validator constraints: the first one that has a code. A custom
 * constraint named after a catalogue code carries that code.
 */
export function fieldProblemCode(constraints: Record<string, string>): FieldProblemCode {
  for (const name of Object.keys(constraints)) {
    const code = isFieldProblemCode(name) ? name : CONSTRAINT_CODES[name];
    if (code) return code;
  }
  return 'field.invalid';
}

/** Flattens class-validator's nested errors into `a.b[0].c` paths. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    // An explicit null fails a field's checks because a value is missing there, whatever its type would be.
    const code = (constraints: Record<string, string>) =>
      error.value === null && !('whitelistValidation' in constraints)
        ? 'field.required'
        : fieldProblemCode(constraints);
    const own: FieldProblem[] = error.constraints
      ? [{ field, code: code(error.constraints), problems: Object.values(error.constraints) }]
      : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new InvalidFieldsException(toFieldProblems(errors)),
  });
}
