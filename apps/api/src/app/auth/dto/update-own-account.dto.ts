import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, LOCALES, type Locale, type UpdateOwnAccountRequest } from '@prgauge/contracts';
import { IsIn } from 'class-validator';
import { IsOptionalEmailAddress } from '../../common/email-address.validator';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

export class UpdateOwnAccountDto implements UpdateOwnAccountRequest {
  /** The interface language, one of `LOCALES`. */
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptionalButNotNull()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: LIMITS.email.max,
    description: "One's own address for emails and password-reset links; null removes it.",
  })
  @IsOptionalEmailAddress()
  email?: string | null;
}
