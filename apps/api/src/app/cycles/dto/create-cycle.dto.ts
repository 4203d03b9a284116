import { type CreateCycleRequest, type FrameworkDocument, LIMITS } from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDay, IsDayOrInstant } from '../../common/zoned-date.validator';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

export class CreateCycleDto implements CreateCycleRequest {
  @ApiProperty({ example: 'Evaluation 2027' })
  @IsString()
  @MinLength(LIMITS.cycleName.min)
  @MaxLength(LIMITS.cycleName.max)
  name!: string;

  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDay()
  periodStart!: string;

  @ApiProperty({ example: '2027-12-31' })
  @IsCalendarDay()
  periodEnd!: string;

  @ApiPropertyOptional({
    example: '2028-01-31',
    description:
      "Submissions close at this moment: a day (YYYY-MM-DD) keeps that whole day open in the region's time zone; a date-time needs an offset. Required unless importedHistory, where it defaults to the end of periodEnd.",
  })
  @IsOptionalButNotNull()
  @IsDayOrInstant()
  deadline?: string;

  /** Only for national admins: directors always create in their own region. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({
    enum: ['seven-indices'],
    description: 'Start from the built-in seven-index template (the default).',
  })
  @IsOptionalButNotNull()
  @IsIn(['seven-indices'])
  template?: 'seven-indices';

  @ApiPropertyOptional({ description: "Start from a copy of this earlier cycle's framework." })
  @IsOptionalButNotNull()
  @IsUUID()
  copyFromCycleId?: string;

  @ApiPropertyOptional({ description: "A framework in the scoring library's format with leaf metadata." })
  @IsOptionalButNotNull()
  @IsObject()
  framework?: FrameworkDocument;

  @ApiPropertyOptional({
    description:
      'A past cycle whose values are brought in from elsewhere: no deadline, filled while open, published from open with nothing approved.',
  })
  @IsOptionalButNotNull()
  @IsBoolean()
  importedHistory?: boolean;
}
