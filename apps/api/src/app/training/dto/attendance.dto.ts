import {
  type AttendanceRowRequest,
  LIMITS,
  TRAINING_AUDIENCES,
  type TrainingAudience,
  type UpdateAttendanceRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../common/optional-not-null';

export class AttendanceRowDto implements AttendanceRowRequest {
  @ApiProperty({ example: 'Aigerim Sadykova' })
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  participantName!: string;

  /** The participant's agency, of the event's region. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  /** The media outlet or organisation of an outside participant. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.affiliation.max)
  outlet?: string | null;

  /** National id or personnel number: rows with the same one are one person. Stored, never sent back. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '0012345678' })
  @IsOptional()
  @IsString()
  @MinLength(LIMITS.personalId.min)
  @MaxLength(LIMITS.personalId.max)
  personalId?: string | null;

  @ApiProperty({ enum: TRAINING_AUDIENCES })
  @IsIn(TRAINING_AUDIENCES)
  audience!: TrainingAudience;

  @ApiPropertyOptional({ default: true })
  @IsOptionalButNotNull()
  @IsBoolean()
  attended?: boolean;

  /** Hours attended; the event's planned hours when left out. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(2000)
  hours?: number;
}

export class UpdateAttendanceDto
  extends PartialType(AttendanceRowDto, NULLS_VALIDATED)
  implements UpdateAttendanceRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
