import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreateTrainingTopicRequest,
  LocalizedText,
  UpdateTrainingTopicRequest,
} from '@prgauge/contracts';
import { IsBoolean, IsObject, IsString, IsUUID, Matches } from 'class-validator';
import { IsOptionalButNotNull } from '../../common/optional-not-null';
import { IsLocalizedText } from '../../common/localized-text.validator';

export class CreateTrainingTopicDto implements CreateTrainingTopicRequest {
  @ApiProperty({ example: 'public_speaking' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, {
    message: 'code must be 2–40 lower-case letters, digits or underscores',
  })
  code!: string;

  @ApiProperty({ example: { ru: 'Публичные выступления', en: 'Public speaking' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  /** National admins only. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;
}

export class UpdateTrainingTopicDto implements UpdateTrainingTopicRequest {
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsObject()
  @IsLocalizedText()
  name?: LocalizedText;

  /** False retires the topic: past events keep it, new ones cannot choose it. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsBoolean()
  active?: boolean;
}
