import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale, type UpdateOwnAccountRequest } from '@prgauge/contracts';
import { IsIn } from 'class-validator';

export class UpdateOwnAccountDto implements UpdateOwnAccountRequest {
  /** The interface language, one of `LOCALES`. */
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;
}
