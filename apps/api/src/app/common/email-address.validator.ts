import { applyDecorators } from '@nestjs/common';
import { LIMITS } from '@prgauge/contracts';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';

/**
 * What mail servers take and the `app_user.email` check (`x@y`) allows: no space, quote or second `@`. RFC 5321
 * allows a quoted local part with spaces, which `IsEmail` accepts, but many servers refuse it (501).
 */
const PLAIN_ADDRESS = /^[^\s@"]+@[^\s@"]+$/;

/**
 * An email address messages can be sent to, of at most `LIMITS.email.max` characters: 400 `field.format` or
 * `field.too_long` naming the field.
 */
export function IsEmailAddress(): PropertyDecorator {
  return applyDecorators(
    IsEmail({}, { message: '$property must be an email address' }),
    Matches(PLAIN_ADDRESS, { message: '$property must be an email address' }),
    MaxLength(LIMITS.email.max),
  );
}

/**
 * An optional email address on an account: left out keeps the stored one, `null` clears it, anything else as
 * `IsEmailAddress`; what passes always saves.
 */
export function IsOptionalEmailAddress(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsEmailAddress());
}
