import { type ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { isFieldProblemCode, type ErrorParams, type FieldProblemCode } from '@prgauge/contracts';
import { getMetadataStorage } from 'class-validator';
import { ApiException, FieldProblem, InvalidFieldsException } from './api-error';
import { fastAcceptOf } from './fast-accept';

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
  isUuid: 'field.format',
  isEmail: 'field.format',
  isDateString: 'field.format',
  isIso8601: 'field.format',
  isCalendarDay: 'field.format',
  isDayOrInstant: 'field.format',
  matches: 'field.format',
  isUrl: 'field.format',
  minLength: 'field.too_short',
  maxLength: 'field.too_long',
  arrayMinSize: 'field.too_few',
  arrayNotEmpty: 'field.too_few',
  arrayMaxSize: 'field.too_many',
  arrayUnique: 'field.not_unique',
  min: 'field.too_small',
  max: 'field.too_large',
  isIn: 'field.not_in_list',
  isEnum: 'field.not_in_list',
};

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : '');
const limit = (value: unknown): string | number => (typeof value === 'number' ? value : String(value));

/**
 * The params of each constraint, from the arguments its decorator was given: the limits and lists a client
 * shows ("at most 200 characters"). Every code whose text has a placeholder gets it here.
 */
const CONSTRAINT_PARAMS: Record<string, (args: readonly unknown[]) => ErrorParams> = {
  isString: () => ({ expected: 'string' }),
  isInt: () => ({ expected: 'integer' }),
  isNumber: () => ({ expected: 'number' }),
  isBoolean: () => ({ expected: 'boolean' }),
  isArray: () => ({ expected: 'array' }),
  isObject: () => ({ expected: 'object' }),
  nestedValidation: () => ({ expected: 'object' }),
  isUuid: () => ({ format: 'uuid' }),
  isEmail: () => ({ format: 'email' }),
  isDateString: () => ({ format: 'ISO 8601' }),
  isIso8601: () => ({ format: 'ISO 8601' }),
  isCalendarDay: () => ({ format: 'YYYY-MM-DD' }),
  isDayOrInstant: () => ({ format: 'YYYY-MM-DD | YYYY-MM-DDTHH:MM:SS+HH:MM' }),
  isUrl: () => ({ format: 'url' }),
  matches: ([pattern]) => ({ format: pattern instanceof RegExp ? pattern.source : String(pattern) }),
  minLength: ([min]) => ({ min: limit(min) }),
  maxLength: ([max]) => ({ max: limit(max) }),
  arrayMinSize: ([min]) => ({ min: limit(min) }),
  arrayNotEmpty: () => ({ min: 1 }),
  arrayMaxSize: ([max]) => ({ max: limit(max) }),
  min: ([min]) => ({ min: limit(min) }),
  max: ([max]) => ({ max: limit(max) }),
  isIn: ([values]) => ({ allowed: list(values) }),
  isEnum: ([, values]) => ({ allowed: list(values) }),
};

/** Which code a field gets when several constraints fail: a string sent for a number is of the wrong type first. */
const FIRST_CODES: readonly FieldProblemCode[] = ['field.required', 'field.not_allowed', 'field.type'];
const rank = (code: FieldProblemCode) =>
  FIRST_CODES.includes(code) ? FIRST_CODES.indexOf(code) : FIRST_CODES.length;

/**
 * The catalogue code for a set of class-validator constraints, with the name of the constraint it comes from:
 * a missing or mistyped value first, else the first constraint that has a code, else `field.invalid` from the
 * first constraint. A custom constraint named after a catalogue code carries that code.
 */
export function fieldProblemCode(constraints: Record<string, string>): {
  code: FieldProblemCode;
  constraint: string;
} {
  const names = Object.keys(constraints);
  const coded = names.flatMap((name) => {
    const code = isFieldProblemCode(name) ? name : CONSTRAINT_CODES[name];
    return code ? [{ code, constraint: name }] : [];
  });
  const [first] = [...coded].sort((a, b) => rank(a.code) - rank(b.code));
  return first ?? { code: 'field.invalid', constraint: names[0] ?? '' };
}

/**
 * The limits one failed constraint names, read from the decorator's arguments in class-validator's metadata
 * storage, then from the decorator's `context` option, which wins (a DTO may name a format in words there,
 * `{ context: { format: 'YYYY-MM-DD' } }`, rather than show a regular expression).
 */
export function constraintParams(error: ValidationError, constraint: string): ErrorParams {
  const target = error.target?.constructor;
  const metadata = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint)
    : undefined;
  const fromArgs = CONSTRAINT_PARAMS[constraint]?.(metadata?.constraints ?? []) ?? {};
  const context: unknown = error.contexts?.[constraint];
  const fromContext =
    typeof context === 'object' && context !== null
      ? Object.fromEntries(
          Object.entries(context).filter(
            (entry): entry is [string, string | number] =>
              typeof entry[1] === 'string' || typeof entry[1] === 'number',
          ),
        )
      : {};
  return { ...fromArgs, ...fromContext };
}

/** Flattens class-validator's nested errors into `a.b[0].c` paths, each with its code and limits. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own: FieldProblem[] = error.constraints ? [ownProblem(error, field, error.constraints)] : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

function ownProblem(
  error: ValidationError,
  field: string,
  constraints: Record<string, string>,
): FieldProblem {
  const problems = Object.values(constraints);
  // A field left out, or sent as null, fails its checks because a value is missing there, whatever its type would
  // be; an optional field left out is never checked. (The pipe deletes the value of an error with nested errors,
  // which is then no missing value.)
  // A constraint named after a catalogue code (`consent.required`) says what is missing in its own words.
  const leftOut = Object.hasOwn(error, 'value') && error.value === undefined;
  const ownCode = Object.keys(constraints).some((name) => isFieldProblemCode(name));
  if ((error.value === null || leftOut) && !ownCode && !('whitelistValidation' in constraints))
    return { field, code: 'field.required', problems };
  const { code, constraint } = fieldProblemCode(constraints);
  const params = constraintParams(error, constraint);
  return { field, code, ...(Object.keys(params).length ? { params } : {}), problems };
}

/**
 * A boolean query or path parameter reads `true` or `false` only. Nest's pipe turns any other text into `false`,
 * so `?dryRun=yes` or `?dryRun=1` would run a real import where a preview was meant.
 */
function refuseLooseFlag(value: unknown, metadata: ArgumentMetadata): void {
  if (metadata.type !== 'query' && metadata.type !== 'param') return;
  if (metadata.metatype !== Boolean || !metadata.data) return;
  if (value === undefined || typeof value === 'boolean' || value === 'true' || value === 'false') return;
  throw new InvalidFieldsException([
    {
      field: metadata.data,
      code: 'field.not_in_list',
      params: { allowed: 'true, false' },
      problems: ['must be true or false'],
    },
  ]);
}

/**
 * The API's pipe: a body whose DTO has a fast check (see fast-accept.ts) and passes it skips class-validator. A
 * route that reads a JSON object and received a file instead (`text/csv`, `text/plain` or an XLSX, which the upload
 * routes take as they are) answers 415 `request.unsupported_media_type`, rather than a field problem for every
 * field of a body it never read.
 */
class FastFirstValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    refuseLooseFlag(value, metadata);
    if (
      metadata.type === 'body' &&
      (Buffer.isBuffer(value) || typeof value === 'string') &&
      this.toValidate(metadata)
    )
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'request.unsupported_media_type', {});
    const accepted = metadata.type === 'body' ? fastAcceptOf(metadata.metatype)?.(value) : undefined;
    return accepted ?? super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FastFirstValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Each error keeps the object it was found in, whose class the limits are looked up by; the exception
    // factory reads them and never sends that object.
    validationError: { target: true },
    exceptionFactory: (errors) => new InvalidFieldsException(toFieldProblems(errors)),
  });
}
