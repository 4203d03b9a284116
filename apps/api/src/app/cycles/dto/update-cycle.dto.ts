import {
  type FrameworkDocument,
  LIMITS,
  type PutFrameworkRequest,
  type ReopenCycleRequest,
  type UpdateCycleRequest,
  type VersionedRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDay, IsDayOrInstant } from '../../common/zoned-date.validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

/** The version the client last saw: a stale one gets 409 with the current state. */
export class VersionedDto implements VersionedRequest {
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}

export class UpdateCycleDto extends VersionedDto implements UpdateCycleRequest {
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.cycleName.min)
  @MaxLength(LIMITS.cycleName.max)
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsCalendarDay()
  periodStart?: string;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsCalendarDay()
  periodEnd?: string;

  @ApiPropertyOptional({
    description:
      "A day (YYYY-MM-DD) keeps that whole day open in the region's time zone; a date-time needs an offset.",
  })
  @IsOptionalButNotNull()
  @IsDayOrInstant()
  deadline?: string;
}

export class PutFrameworkDto extends VersionedDto implements PutFrameworkRequest {
  @ApiProperty({
    description: "The whole framework tree in the scoring library's format, with leaf metadata.",
  })
  @IsObject()
  framework!: FrameworkDocument;
}

export class ReopenCycleDto extends VersionedDto implements ReopenCycleRequest {
  @ApiProperty({
    minLength: 10,
    description: 'Why the published results must change; kept in the audit trail.',
  })
  @IsString()
  @MinLength(LIMITS.reopenReason.min, {
    message: `reason must explain the re-opening in at least ${LIMITS.reopenReason.min} characters`,
  })
  @MaxLength(LIMITS.reopenReason.max)
  reason!: string;
}
