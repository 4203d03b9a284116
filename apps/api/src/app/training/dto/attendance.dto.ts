import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  TRAINING_AUDIENCES,
  type AttendanceRowRequest,
  type TrainingAudience,
  type UpdateAttendanceRequest,
} from '@prgauge/contracts';
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
  @MinLength(2)
  @MaxLength(200)
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
  @MaxLength(200)
  outlet?: string | null;

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
