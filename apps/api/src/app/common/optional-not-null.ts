import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * The field may be left out, but not sent as `null`: for columns that always hold a value. `IsOptional` lets
 * `null` through to the database, which then fails; this refuses it with `field.required`, naming the field.
 * Use `IsOptional` only where `null` means "clear" and the column may be empty.
 */
export function IsOptionalButNotNull(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: '$property may be left out, but not null', ...options }),
  );
}

/**
 * For `PartialType(Create…Dto, NULLS_VALIDATED)`: a field left out of a PATCH keeps its value, while an explicit
 * `null` is validated like any value, so it is refused unless the field itself is `IsOptional` (may be cleared).
 */
export const NULLS_VALIDATED = { skipNullProperties: false } as const;
