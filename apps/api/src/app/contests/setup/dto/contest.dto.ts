import {
  CONTEST_SHAPES,
  type ContestCriterion,
  CRITERION_KINDS,
  type CriterionKind,
  MEASURE_NORMALISATIONS,
  type MeasureNormalisation,
  type ContestShape,
  type CreateContestRequest,
  type CreateNominationRequest,
  LIMITS,
  LOCALES,
  type LocalizedText,
  SCORING_MODES,
  type ScoringMode,
  TIE_BREAKS,
  type TieBreak,
  type UpdateContestRequest,
  type UpdateNominationRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
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
import { INT4_MAX, MAX_FIGURE } from '../../../common/number-bounds';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../../common/optional-not-null';
import { IsLocalizedText } from '../../../common/localized-text.validator';
import { IsDayOrInstant } from '../../../common/zoned-date.validator';

const DAY_STARTS =
  "A day (YYYY-MM-DD) starts at its first moment in the time zone of the contest's first region; a date-time needs an offset.";
const DAY_ENDS =
  "A day (YYYY-MM-DD) keeps that whole day open in the time zone of the contest's first region; a date-time needs an offset.";

export class CreateContestDto implements CreateContestRequest {
  @ApiProperty({ example: { ru: 'Лучший пресс-секретарь', en: 'Best press secretary' } })
  @IsObject()
  @IsLocalizedText()
  title!: LocalizedText;

  /** Who runs the contest, by language: at least one, each of `LIMITS.contestOrganiser` length. */
  @ApiProperty({ example: { ru: 'Медиахаб Жетысу', kk: 'Жетісу медиахабы' } })
  @IsObject()
  @IsLocalizedText(LIMITS.contestOrganiser)
  organiser!: LocalizedText;

  /** National admins only, and required for them; a director's contest runs in their own region. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  regionIds?: string[];

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(LIMITS.contestYear.min)
  @Max(LIMITS.contestYear.max)
  year!: number;

  /** The same series across years, so that growth can be compared. */
  @ApiProperty({ example: 'best-press-secretary' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'series must be a lower-case slug' })
  series!: string;

  /** The rules by language: at least one, each of at most `LIMITS.contestRules.max` characters; null clears them. */
  @ApiPropertyOptional({
    type: 'object',
    nullable: true,
    properties: Object.fromEntries(LOCALES.map((l) => [l, { type: 'string' }])),
    additionalProperties: false,
    example: { ru: 'Один голос в номинации.', fa: 'در هر بخش یک رأی.' },
  })
  @IsOptional()
  @IsObject()
  @IsLocalizedText(LIMITS.contestRules)
  rules?: LocalizedText | null;

  /** A draft is seen by organisers only. */
  @ApiPropertyOptional({ enum: ['draft', 'announced'], default: 'draft' })
  @IsOptionalButNotNull()
  @IsIn(['draft', 'announced'])
  status?: 'draft' | 'announced';

  /** Vote-only (no judging dates), jury-only (no voting window) or combined; its nominations follow it. */
  @ApiPropertyOptional({ enum: CONTEST_SHAPES, default: 'combined' })
  @IsOptionalButNotNull()
  @IsIn(CONTEST_SHAPES)
  shape?: ContestShape;

  /** A day opens the window at its first moment in the zone of the contest's first region. */
  @ApiProperty({ example: '2026-12-01', description: DAY_STARTS })
  @IsDayOrInstant()
  applicationsOpenAt!: string;
  /** A day keeps the whole day open in the zone of the contest's first region. */
  @ApiProperty({ example: '2026-12-20', description: DAY_ENDS })
  @IsDayOrInstant()
  applicationsCloseAt!: string;
  /** Required unless the contest is vote-only, which refuses them. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-21', description: DAY_STARTS })
  @IsOptional()
  @IsDayOrInstant()
  judgingStartAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-31', description: DAY_ENDS })
  @IsOptional()
  @IsDayOrInstant()
  judgingEndAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: DAY_STARTS })
  @IsOptional()
  @IsDayOrInstant()
  votingStartAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: DAY_ENDS })
  @IsOptional()
  @IsDayOrInstant()
  votingEndAt?: string | null;

  /** Show running vote counts to organisers before results. */
  @ApiPropertyOptional({ default: false })
  @IsOptionalButNotNull()
  @IsBoolean()
  liveCounts?: boolean;
}

/** Any contest field; a director keeps the contest in their own region, a national admin may name others. */
export class UpdateContestDto
  extends PartialType(CreateContestDto, NULLS_VALIDATED)
  implements UpdateContestRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  /** Phase integrity: why the dates move a phase over its data; required for such a move, audited and shown. */
  @ApiPropertyOptional({
    description:
      'Required when the dates shorten, reopen or remove a phase holding applications, score sheets or votes',
  })
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.decisionReason.min)
  @MaxLength(LIMITS.decisionReason.max)
  dateChangeReason?: string;
}

export class CriterionDto implements ContestCriterion {
  @ApiProperty({ example: 'content_quality' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key must be a lower-case identifier' })
  key!: string;

  @ApiProperty({ example: { en: 'Content quality' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  @ApiProperty({ example: 2 })
  @IsNumber()
  @Min(LIMITS.criterionWeight.min)
  @Max(LIMITS.criterionWeight.max)
  weight!: number;

  // --- Measured criteria ---
  /** `measured`: the applicant states a number and the organiser verifies it; `jury` (the default): jurors score it 0–10. */
  @ApiPropertyOptional({ enum: CRITERION_KINDS, default: 'jury' })
  @IsOptionalButNotNull()
  @IsIn(CRITERION_KINDS)
  kind?: CriterionKind;

  /** Measured criteria: what the number counts, by language. */
  @ApiPropertyOptional({ example: { en: 'subscribers', ru: 'подписчиков' } })
  @IsOptionalButNotNull()
  @IsObject()
  @IsLocalizedText()
  unit?: LocalizedText;

  /** Measured criteria: min-max goalposts (the nomination's lowest and highest verified values) or rank. */
  @ApiPropertyOptional({ enum: MEASURE_NORMALISATIONS })
  @IsOptionalButNotNull()
  @IsIn(MEASURE_NORMALISATIONS)
  normalisation?: MeasureNormalisation;
}

export class CreateNominationDto implements CreateNominationRequest {
  @ApiProperty({ example: { ru: 'Страницы госорганов', en: "Government bodies' pages" } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  /** How many winners: places 1..n. */
  @ApiPropertyOptional({ default: 1 })
  @IsOptionalButNotNull()
  @IsInt()
  @Min(LIMITS.nominationPlaces.min)
  @Max(LIMITS.nominationPlaces.max)
  places?: number;

  @ApiPropertyOptional({ type: [CriterionDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];

  /** One the contest's shape allows; by default the vote-only or jury-only contest's own, required when combined. */
  @ApiPropertyOptional({ enum: SCORING_MODES })
  @IsOptionalButNotNull()
  @IsIn(SCORING_MODES)
  scoringMode?: ScoringMode;

  /** Combined mode only: the jury's part, 0..1; votes get the rest. */
  @ApiPropertyOptional({ example: 0.7 })
  @IsOptionalButNotNull()
  @IsNumber()
  @Min(0)
  @Max(1)
  juryShare?: number;

  @ApiPropertyOptional({ default: false }) @IsOptionalButNotNull() @IsBoolean() commentRequired?: boolean;

  /** Rescale each juror's totals (z-score) so that a harsh juror counts like a mild one. */
  @ApiPropertyOptional({ default: false }) @IsOptionalButNotNull() @IsBoolean() normaliseJurors?: boolean;

  @ApiPropertyOptional({ type: Number, example: 400000, nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_FIGURE)
  prizeAmount?: number | null;

  @ApiPropertyOptional({ type: String, example: 'KZT', nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'prizeCurrency must be an ISO 4217 code' })
  prizeCurrency?: string | null;

  /** Juror disagreement: a spread of jurors' totals above this (0–10 scale) is flagged on the results preview. */
  @ApiPropertyOptional({ default: 3 })
  @IsOptionalButNotNull()
  @IsNumber()
  @Min(LIMITS.disagreementThreshold.min)
  @Max(LIMITS.disagreementThreshold.max)
  disagreementThreshold?: number;
  /** The tie-break chain in order, each step once; empty (the default): tied candidates share the place. */
  @ApiPropertyOptional({ enum: TIE_BREAKS, isArray: true, default: [] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(TIE_BREAKS.length)
  @IsIn(TIE_BREAKS, { each: true })
  tieBreaks?: TieBreak[];
}

/** Any nomination field; `null` clears the prize. */
export class UpdateNominationDto
  extends PartialType(CreateNominationDto, NULLS_VALIDATED)
  implements UpdateNominationRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}
