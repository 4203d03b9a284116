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
import { AcceptedFirstBy, isObjectWithOnly, isStringUpTo } from '../../common/fast-accept';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

const INDICATOR_MAX = 200;
const VALUES_MAX = 500;
const ENTRY_KEYS: ReadonlySet<string> = new Set(['indicator', 'value', 'note']);
const BODY_KEYS: ReadonlySet<string> = new Set(['version', 'values']);

export class ValueEntryDto implements SubmissionValueInput {
  @ApiProperty({ example: 'media.releases' })
  @IsString()
  @MaxLength(INDICATOR_MAX)
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

/** An entry the rules below certainly accept, as class-transformer builds it; undefined for any other. */
function acceptEntry(entry: unknown): ValueEntryDto | undefined {
  if (!isObjectWithOnly(entry, ENTRY_KEYS) || !isStringUpTo(entry['indicator'], INDICATOR_MAX))
    return undefined;
  const value = entry['value'];
  if (value !== null && value !== undefined && typeof value !== 'number' && typeof value !== 'boolean')
    return undefined;
  if ('note' in entry && !isStringUpTo(entry['note'], LIMITS.valueNote.max)) return undefined;
  return Object.assign(new ValueEntryDto(), entry);
}

/**
 * A save the rules of {@link SaveValuesDto} certainly accept, built as the validation pipe builds it: the form
 * autosaves, so most requests are saves. Anything else, refused or not, goes through class-validator.
 */
export function acceptSaveValues(body: unknown): SaveValuesDto | undefined {
  if (!isObjectWithOnly(body, BODY_KEYS)) return undefined;
  const { version, values } = body;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > INT4_MAX)
    return undefined;
  if (!Array.isArray(values) || values.length < 1 || values.length > VALUES_MAX) return undefined;
  const entries: ValueEntryDto[] = [];
  const indicators = new Set<string>();
  for (const value of values) {
    const entry = acceptEntry(value);
    if (!entry || indicators.has(entry.indicator)) return undefined;
    indicators.add(entry.indicator);
    entries.push(entry);
  }
  return Object.assign(new SaveValuesDto(), { ...body, values: entries });
}

@AcceptedFirstBy(acceptSaveValues)
export class SaveValuesDto implements SaveValuesRequest {
  @ApiProperty({ description: 'The submission version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiProperty({ type: [ValueEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(VALUES_MAX)
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
