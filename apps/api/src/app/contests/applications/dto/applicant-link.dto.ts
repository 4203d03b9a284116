import { APPLICATION_PEOPLE_LIMITS, LIMITS, type UpdateApplicationByLinkRequest } from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull } from '../../../common/optional-not-null';
import { IsCalendarDay } from '../../../common/zoned-date.validator';
import { ApplicationAuthorDto } from './application.dto';

/** What an applicant changes through the private link while applications are open; absent fields stay. */
export class UpdateApplicationByLinkDto implements UpdateApplicationByLinkRequest {
  /** The version last read; a stale one answers 409 with the current application. */
  @ApiProperty() @IsInt() @Min(1) version!: number;

  @ApiPropertyOptional({ type: [ApplicationAuthorDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMinSize(APPLICATION_PEOPLE_LIMITS.authors.min)
  @ArrayMaxSize(APPLICATION_PEOPLE_LIMITS.authors.max)
  @ValidateNested({ each: true })
  @Type(() => ApplicationAuthorDto)
  authors?: ApplicationAuthorDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMinSize(APPLICATION_PEOPLE_LIMITS.organisations.min)
  @ArrayMaxSize(APPLICATION_PEOPLE_LIMITS.organisations.max)
  @IsString({ each: true })
  @MinLength(LIMITS.organisation.min, { each: true })
  @MaxLength(LIMITS.organisation.max, { each: true })
  organisations?: string[];

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.projectTitle.min)
  @MaxLength(LIMITS.projectTitle.max)
  projectTitle?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDay()
  projectStart?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDay()
  projectEnd?: string | null;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.projectDescription.min)
  @MaxLength(LIMITS.projectDescription.max)
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  goal?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  results?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  links?: string[];
}
