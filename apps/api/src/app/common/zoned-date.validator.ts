import { applyDecorators } from '@nestjs/common';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { DateTime } from 'luxon';
import { DAY_ONLY, isDateTimeWithoutOffset } from './zoned-date';

/** `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with an optional offset: the only date-time spelling taken. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/** A real calendar day written `YYYY-MM-DD` (2027-02-30 is none). */
export function isCalendarDay(value: unknown): value is string {
  return (
    typeof value === 'string' && DAY_ONLY.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
}

/** A day, or a date and time that exists (with or without an offset: the offset is checked apart). */
function isDayOrDateTime(value: unknown): boolean {
  if (isCalendarDay(value)) return true;
  return (
    typeof value === 'string' && DATE_TIME.test(value) && DateTime.fromISO(value, { setZone: true }).isValid
  );
}

/**
 * A calendar day alone, `YYYY-MM-DD`, for `date` columns (periods, event days, holidays): anything else, week
 * dates, ordinal dates, a time or a trailing space included, answers `field.format` with `{ format: 'YYYY-MM-DD' }`.
 */
export function IsCalendarDay(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      // Named after its entry in common/validation.ts, which reports it as `field.format`.
      name: 'isCalendarDay',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => isCalendarDay(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'the day'} must be a day, YYYY-MM-DD`,
      },
    });
}

/**
 * A day (`YYYY-MM-DD`), read in the zone of the record's region, or a date-time with an offset (`Z`,
 * `+03:30`). Any other spelling (a week date, a space for `T`, a trailing newline) answers `field.format`, so
 * that no text reaches the zone arithmetic that could be read as a UTC midnight; a date-time without an offset
 * answers `time.offset_required`, since it names no instant.
 */
export function IsDayOrInstant(): PropertyDecorator {
  return applyDecorators(IsDayOrDateTime(), HasOffsetIfTimed());
}

function IsDayOrDateTime(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDayOrInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => isDayOrDateTime(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'the date'} must be a day (YYYY-MM-DD) or a date-time with an offset (Z, +03:30)`,
      },
    });
}

function HasOffsetIfTimed(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      // Named after its catalogue code, which the validation pipe then reports (common/validation.ts).
      name: 'time.offset_required',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isDateTimeWithoutOffset(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'the date'} must be a day (YYYY-MM-DD) or a date-time with an offset (Z, +03:30)`,
      },
    });
}
