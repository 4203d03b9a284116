import {
  type CreateTrainingProgrammeRequest,
  LIMITS,
  type LocalizedText,
  type UpdateTrainingProgrammeRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { NULLS_VALIDATED } from '../../common/optional-not-null';
import { IsLocalizedText } from '../../common/localized-text.validator';
import { DAY } from './training-event.dto';

export class CreateTrainingProgrammeDto implements CreateTrainingProgrammeRequest {
  @ApiProperty({ example: { ru: 'Партийная школа SMM', en: 'Party social-media school' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.programmeDescription.max)
  description?: string | null;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(DAY, { message: 'startDate must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  startDate!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-31' })
  @IsOptional()
  @Matches(DAY, { message: 'endDate must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  endDate?: string | null;
}

export class UpdateTrainingProgrammeDto
  extends PartialType(CreateTrainingProgrammeDto, NULLS_VALIDATED)
  implements UpdateTrainingProgrammeRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
