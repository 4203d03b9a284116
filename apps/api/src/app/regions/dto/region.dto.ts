import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CALENDARS,
  ISO_WEEKDAYS,
  LOCALES,
  type Calendar,
  type CreatePeerGroupRequest,
  type CreateRegionRequest,
  type IsoWeekday,
  type Locale,
  type LocalizedText,
  type RenamePeerGroupRequest,
  type UpdateRegionRequest,
} from '@prgauge/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsLocalizedText } from '../../common/localized-text.validator';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../common/optional-not-null';
import { IsTimeZone } from './time-zone.validator';

export class CreateRegionDto implements CreateRegionRequest {
  @ApiProperty({ example: 'south-khorasan' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'code must be 2–63 lowercase letters, digits or dashes' })
  code!: string;

  @ApiProperty({ example: { ru: 'Южный Хорасан', fa: 'خراسان جنوبی' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  @ApiPropertyOptional({ example: 'Asia/Tehran', default: 'Europe/Moscow', description: 'IANA time zone.' })
  @IsOptionalButNotNull()
  @IsString()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'ru' })
  @IsOptionalButNotNull()
  @IsIn(LOCALES)
  defaultLocale?: Locale;

  @ApiPropertyOptional({ enum: CALENDARS, default: 'gregorian', description: '`persian` is Solar Hijri.' })
  @IsOptionalButNotNull()
  @IsIn(CALENDARS)
  calendar?: Calendar;

  @ApiPropertyOptional({
    type: [Number],
    example: [5],
    description:
      "Weekly days off, ISO weekdays (1 Monday … 7 Sunday), at most six; the region's national preset when left out.",
  })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsIn(ISO_WEEKDAYS, { each: true })
  daysOff?: IsoWeekday[];
}

export class UpdateRegionDto
  extends PartialType(OmitType(CreateRegionDto, ['code'] as const), NULLS_VALIDATED)
  implements UpdateRegionRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}

export class PeerGroupDto implements CreatePeerGroupRequest {
  @ApiProperty({ example: 'health' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'code must be lowercase letters, digits or dashes' })
  @MaxLength(63)
  code!: string;

  @ApiProperty({ example: { ru: 'Здравоохранение', en: 'Health' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}

export class RenamePeerGroupDto implements RenamePeerGroupRequest {
  @ApiProperty({ example: { ru: 'Здравоохранение', en: 'Health' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}
