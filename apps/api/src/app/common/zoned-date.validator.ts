import { applyDecorators } from '@nestjs/common';
import { IsDateString, registerDecorator, ValidationArguments } from 'class-validator';
import { isDateTimeWithoutOffset } from './zoned-date';

/**
 * A day (`YYYY-MM-DD`), read in the zone of the record's region, or a date-time with an offset (`Z`,
 * `+03:30`). Text that is no date answers `field.format`; a date-time without an offset answers
 * `time.offset_required`, since it names no instant.
 */
export function IsDayOrInstant(): PropertyDecorator {
  return applyDecorators(IsDateString({ strict: true }), HasOffsetIfTimed());
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
