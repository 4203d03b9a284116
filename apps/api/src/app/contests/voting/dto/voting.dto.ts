import {
  type CastVoteRequest,
  LIMITS,
  LOGIN_PATTERN,
  type RegisterVoterRequest,
  type VerifyVoterRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from '../../../auth/password-policy';
import { IsOptionalButNotNull } from '../../../common/optional-not-null';
import { IsConsentGiven, PERSONAL_DATA_CONSENT_DOC } from '../../applications/dto/personal-data.dto';

/** A journalist's or blogger's registration; anonymous visitors also create their account with it. */
export class RegisterVoterDto implements RegisterVoterRequest {
  /** Anonymous visitors only: the account to create. */
  @ApiPropertyOptional({ example: 'a.nurlanova' })
  @IsOptionalButNotNull()
  @Matches(LOGIN_PATTERN, {
    message: `login must be ${LIMITS.login.min}–${LIMITS.login.max} letters, digits, dots, dashes, underscores or @`,
  })
  login?: string;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: PASSWORD_RULES,
  })
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password?: string;

  @ApiPropertyOptional({ example: 'Aliya Nurlanova' })
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  displayName?: string;

  @ApiProperty({ example: 'Zhetysu TV' })
  @IsString()
  @MinLength(LIMITS.outlet.min)
  @MaxLength(LIMITS.outlet.max)
  outlet!: string;

  /** What they do there: reporter, editor, blogger. */
  @ApiProperty({ example: 'reporter' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  mediaRole!: string;

  /** A published piece that proves the work in the media. */
  @ApiProperty({ example: 'https://zhetysu.tv/news/123' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  workLink!: string;

  /** The journalist's consent to the processing of their personal data for this contest. */
  @ApiProperty(PERSONAL_DATA_CONSENT_DOC)
  @IsConsentGiven()
  personalDataConsent!: boolean;
}

export class VerifyVoterDto implements VerifyVoterRequest {
  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'])
  status!: 'verified' | 'rejected';

  @ApiPropertyOptional()
  @ValidateIf((o: VerifyVoterDto) => o.status === 'rejected' || o.reason !== undefined)
  @IsString()
  @MinLength(LIMITS.decisionReason.min)
  @MaxLength(LIMITS.decisionReason.max)
  reason?: string;
}

export class CastVoteDto implements CastVoteRequest {
  @ApiProperty()
  @IsUUID()
  applicationId!: string;
}
