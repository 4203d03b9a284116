import {
  type CreateTrainingEventRequest,
  LIMITS,
  type TrainerInput,
  TRAINING_AUDIENCES,
  TRAINING_FORMATS,
  type TrainingAudience,
  type TrainingFormat,
  type UpdateTrainingEventRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../common/optional-not-null';

/** A calendar day, `YYYY-MM-DD`. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class TrainerDto implements TrainerInput {
  @ApiProperty({ example: 'A. Nurlanova' })
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Kazinform news agency' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.affiliation.max)
  affiliation?: string | null;
}

export class CreateTrainingEventDto implements CreateTrainingEventRequest {
  @ApiProperty({ example: 'Political work in social media' })
  @IsString()
  @MinLength(LIMITS.trainingEventTitle.min)
  @MaxLength(LIMITS.trainingEventTitle.max)
  title!: string;

  @ApiProperty({ description: "One of the region's training topics." })
  @IsUUID()
  topicId!: string;

  @ApiProperty({ enum: TRAINING_FORMATS })
  @IsIn(TRAINING_FORMATS)
  format!: TrainingFormat;

  /** The organising committee, of the event's region. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  committeeId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @ApiProperty({ example: '2026-03-12' })
  @Matches(DAY, { message: 'startDate must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  startDate!: string;

  @ApiProperty({ example: '2026-03-13' })
  @Matches(DAY, { message: 'endDate must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  endDate!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @ApiPropertyOptional({ type: [TrainerDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TrainerDto)
  trainers?: TrainerDto[];

  /** Hours per participant; each register row defaults to it. */
  @ApiProperty({ example: 16 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(LIMITS.plannedHours.min)
  @Max(LIMITS.plannedHours.max)
  plannedHours!: number;

  @ApiProperty({ enum: TRAINING_AUDIENCES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(TRAINING_AUDIENCES, { each: true })
  audiences!: TrainingAudience[];

  /** How many people were invited: the base of the attendance rate. */
  @ApiPropertyOptional({ type: Number, nullable: true, example: 150 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  invited?: number | null;

  /** National admins only: others create events in their own region. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;
}

export class UpdateTrainingEventDto
  extends PartialType(OmitType(CreateTrainingEventDto, ['regionId'] as const), NULLS_VALIDATED)
  implements UpdateTrainingEventRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
