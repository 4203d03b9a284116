import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LIMITS,
  LOCALES,
  LOGIN_PATTERN,
  ROLES,
  type CreateAccountRequest,
  type Locale,
  type ResetPasswordRequest,
  type Role,
  type UpdateAccountRequest,
} from '@prgauge/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from '../../auth/password-policy';
import { IsOptionalEmailAddress } from '../../common/email-address.validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

export class CreateUserDto implements CreateAccountRequest {
  @ApiProperty({ example: 'press.health' })
  @IsString()
  @Matches(LOGIN_PATTERN, {
    message: `login must be ${LIMITS.login.min}–${LIMITS.login.max} letters, digits, dots, dashes, underscores or @`,
  })
  login!: string;

  @ApiProperty()
  @IsString()
  @MinLength(LIMITS.accountName.min)
  @MaxLength(LIMITS.accountName.max)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'National admins only; directors add accounts to their own region.' })
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ description: 'Required for agency editors.' })
  @IsOptionalButNotNull()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: PASSWORD_RULES,
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'ru' })
  @IsOptionalButNotNull()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: LIMITS.email.max,
    example: 'press.health@example.org',
    description: 'Where its emails go; several accounts may share one. None when left out or null.',
  })
  @IsOptionalEmailAddress()
  email?: string | null;
}

export class UpdateUserDto implements UpdateAccountRequest {
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.accountName.min)
  @MaxLength(LIMITS.accountName.max)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalButNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'National admins only: moves the account to another region.' })
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The agency of an agency editor.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  /** False signs the account out everywhere and refuses new sign-ins. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptionalButNotNull()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: LIMITS.email.max,
    description: 'A new address for its emails; null removes it, leaving it out keeps it.',
  })
  @IsOptionalEmailAddress()
  email?: string | null;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: PASSWORD_RULES,
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}
