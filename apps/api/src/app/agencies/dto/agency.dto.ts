import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import type { CreateAgencyRequest, LocalizedText, UpdateAgencyRequest } from '@prgauge/contracts';
import { IsBoolean, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../common/optional-not-null';
import { IsLocalizedText } from '../../common/localized-text.validator';
import { IsAttributeMap } from './attribute-map.validator';

export class CreateAgencyDto implements CreateAgencyRequest {
  @ApiProperty({ example: 'MED-UNI' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    message: 'code must be 1–40 letters, digits, dots, dashes or underscores',
  })
  code!: string;

  @ApiProperty({ example: { ru: 'Медицинский университет', fa: 'دانشگاه علوم پزشکی' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  peerGroupId?: string | null;

  @ApiPropertyOptional({ example: { prStaff: 4 }, description: 'Figures a framework may divide by.' })
  @IsOptionalButNotNull()
  @IsAttributeMap()
  attributes?: Record<string, number>;

  @ApiPropertyOptional({ default: true })
  @IsOptionalButNotNull()
  @IsBoolean()
  active?: boolean;

  /** National admins only: directors create agencies in their own region. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;
}

export class UpdateAgencyDto
  extends PartialType(OmitType(CreateAgencyDto, ['regionId'] as const), NULLS_VALIDATED)
  implements UpdateAgencyRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
