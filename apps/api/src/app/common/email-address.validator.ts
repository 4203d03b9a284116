import { applyDecorators } from '@nestjs/common';
import { LIMITS } from '@prgauge/contracts';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';

/**
 * An optional email address on an account: left out keeps the stored one, `null` clears it, anything else must
 * be an address of at most `LIMITS.email.max` characters (400 `field.format` or `field.too_long` naming the
 * field). The column's own check (`x@y`, 254 characters) is looser, so what passes here always saves.
 */
export function IsOptionalEmailAddress(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsEmail({}, { message: '$property must be an email address' }),
    MaxLength(LIMITS.email.max),
  );
}
