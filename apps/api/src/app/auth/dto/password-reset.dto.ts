import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, type CompletePasswordResetRequest, type PasswordResetRequest } from '@prgauge/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NewPasswordProperty } from './new-password.decorator';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({
    example: 'director.fergana@example.org',
    maxLength: LIMITS.email.max,
    description: 'The login, or the email address on the account (case aside).',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.email.max)
  loginOrEmail!: string;
}

export class CompletePasswordResetDto implements CompletePasswordResetRequest {
  /** 43 characters of base64url in every link this API sends; anything else is simply unknown. */
  @ApiProperty({ description: 'The `token` query parameter of the emailed link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @NewPasswordProperty()
  newPassword!: string;
}
