import {
  LIMITS,
  type ReturnSubmissionRequest,
  type ReviewCommentInput,
  type SaveValuesRequest,
  type SubmissionValueInput,
  type SubmissionVersionRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

export class ValueEntryDto implements SubmissionValueInput {
  @ApiProperty({ example: 'media.releases' })
  @IsString()
  @MaxLength(200)
  indicator!: string;

  /** A number, true/false for yes/no leaves, or null to clear. Checked against the leaf's type by the service. */
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'boolean' }], nullable: true })
  @Allow()
  value!: number | boolean | null;

  @ApiPropertyOptional({ maxLength: LIMITS.valueNote.max })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(LIMITS.valueNote.max)
  note?: string;
}

export class SaveValuesDto implements SaveValuesRequest {
  @ApiProperty({ description: 'The submission version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiProperty({ type: [ValueEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique((entry: ValueEntryDto) => entry.indicator, { message: 'values must name each indicator once' })
  @ValidateNested({ each: true })
  @Type(() => ValueEntryDto)
  values!: ValueEntryDto[];
}

export class ReviewCommentDto implements ReviewCommentInput {
  @ApiPropertyOptional({
    description: 'The indicator the comment is about; omit for the submission as a whole.',
  })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  indicator?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(LIMITS.reviewComment.max)
  body!: string;
}

export class ReturnSubmissionDto implements ReturnSubmissionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiProperty({ type: [ReviewCommentDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'comments must say what to fix' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentDto)
  comments!: ReviewCommentDto[];
}

export class SubmissionVersionDto implements SubmissionVersionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
