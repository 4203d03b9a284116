import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from '../password-policy';

/**
 * A password someone chooses for themselves: its length is checked here (400 `field.too_short` or
 * `field.too_long` naming the field), its guessability by the service (`assertStrongPassword`).
 */
export function NewPasswordProperty(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
      description: PASSWORD_RULES,
    }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters`,
    }),
    MaxLength(PASSWORD_MAX_LENGTH, {
      message: `$property must be at most ${PASSWORD_MAX_LENGTH} characters`,
    }),
  );
}
