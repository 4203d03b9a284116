import {
  APPLICATION_FILERS,
  APPLICATION_PEOPLE_LIMITS,
  type ApplicationAuthor,
  type ApplicationFiler,
  type FileApplicationRequest,
  LIMITS,
  LOCALES,
  type Locale,
  type PublicApplicationRequest,
  type ScreenApplicationRequest,
  type StatedMeasure,
  type VerifyMeasureRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsEmailAddress } from '../../../common/email-address.validator';
import { INT4_MAX } from '../../../common/number-bounds';
import { IsOptionalButNotNull } from '../../../common/optional-not-null';
import { IsCalendarDay } from '../../../common/zoned-date.validator';
import { IsConsentGiven, PERSONAL_DATA_CONSENT_DOC } from './personal-data.dto';

/** A number the applicant states for a measured criterion of a nomination they enter. */
export class StatedMeasureDto implements StatedMeasure {
  @ApiProperty() @IsUUID() nominationId!: string;

  @ApiProperty({ example: 'subscribers' }) @IsString() @MaxLength(40) criterionKey!: string;

  /** In the criterion's unit; checked against the criterion's range by the service. */
  @ApiProperty({ example: 12500 }) @IsNumber() value!: number;
}

/** One author of an application. */
export class ApplicationAuthorDto implements ApplicationAuthor {
  @ApiProperty({ example: 'Aigerim Sadykova' })
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  name!: string;

  @ApiProperty({ example: 'Press secretary' })
  @IsString()
  @MinLength(LIMITS.candidatePosition.min)
  @MaxLength(LIMITS.candidatePosition.max)
  position!: string;
}

/** Filed with the single-candidate fields of the first version, read only when `authors` is absent. */
const singleCandidate = (o: FileApplicationDto) => o.authors === undefined && o.candidateName !== undefined;

export class FileApplicationDto implements FileApplicationRequest {
  // People: authors and organisations; the single-candidate fields are still accepted without `authors`.
  /** One or more authors, lead author first; each is one person in the statistics. */
  @ApiPropertyOptional({
    type: [ApplicationAuthorDto],
    description: 'Required unless candidateName is given',
  })
  @ValidateIf((o: FileApplicationDto) => !singleCandidate(o))
  @IsArray()
  @ArrayMinSize(APPLICATION_PEOPLE_LIMITS.authors.min)
  @ArrayMaxSize(APPLICATION_PEOPLE_LIMITS.authors.max)
  @ValidateNested({ each: true })
  @Type(() => ApplicationAuthorDto)
  authors?: ApplicationAuthorDto[];

  /** Compared with each juror's organisation: a juror of any of them is excluded. */
  @ApiPropertyOptional({ type: [String], example: ['Akimat of Karaganda region'] })
  @ValidateIf((o: FileApplicationDto) => !singleCandidate(o))
  @IsArray()
  @ArrayMinSize(APPLICATION_PEOPLE_LIMITS.organisations.min)
  @ArrayMaxSize(APPLICATION_PEOPLE_LIMITS.organisations.max)
  @IsString({ each: true })
  @MinLength(LIMITS.organisation.min, { each: true })
  @MaxLength(LIMITS.organisation.max, { each: true })
  organisations?: string[];

  /** Deprecated: one author's name, read only without `authors`. */
  @ApiPropertyOptional({ deprecated: true })
  @ValidateIf(singleCandidate)
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  candidateName?: string;

  /** Deprecated: that author's position. */
  @ApiPropertyOptional({ deprecated: true })
  @ValidateIf(singleCandidate)
  @IsString()
  @MinLength(LIMITS.candidatePosition.min)
  @MaxLength(LIMITS.candidatePosition.max)
  candidatePosition?: string;

  /** Deprecated: the organisation; several joined by ";" are read as several. */
  @ApiPropertyOptional({ deprecated: true })
  @ValidateIf(singleCandidate)
  @IsString()
  @MinLength(LIMITS.organisation.min)
  @MaxLength(LIMITS.organisation.max)
  candidateOrganisation?: string;

  /** The agency the candidate works for, when it is one of the evaluated agencies. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  agencyId?: string;

  /** Whether the candidate files for themselves or an organisation files on their behalf. */
  @ApiProperty({ enum: APPLICATION_FILERS })
  @IsIn(APPLICATION_FILERS)
  filedBy!: ApplicationFiler;

  @ApiProperty({ type: [String], description: 'One application may enter several nominations.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  nominationIds!: string[];

  @ApiProperty()
  @IsString()
  @MinLength(LIMITS.projectTitle.min)
  @MaxLength(LIMITS.projectTitle.max)
  projectTitle!: string;
  @ApiPropertyOptional() @IsOptionalButNotNull() @IsCalendarDay() projectStart?: string;
  @ApiPropertyOptional() @IsOptionalButNotNull() @IsCalendarDay() projectEnd?: string;
  @ApiProperty()
  @IsString()
  @MinLength(LIMITS.projectDescription.min)
  @MaxLength(LIMITS.projectDescription.max)
  description!: string;
  @ApiPropertyOptional() @IsOptionalButNotNull() @IsString() @MaxLength(5000) goal?: string;
  @ApiPropertyOptional() @IsOptionalButNotNull() @IsString() @MaxLength(10000) results?: string;

  /** Social pages and publications. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  links?: string[];

  /** The candidate's consent to the processing of their personal data; filed on their behalf, the filer vouches for it. */
  @ApiProperty(PERSONAL_DATA_CONSENT_DOC)
  @IsConsentGiven()
  personalDataConsent!: boolean;

  /** A number for every measured criterion of every nomination entered. */
  @ApiPropertyOptional({ type: () => [StatedMeasureDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => StatedMeasureDto)
  measures?: StatedMeasureDto[];
}

/** A candidate's own application, without an account: the same fields, filed by the candidate, and an email. */
export class PublicApplicationDto
  extends OmitType(FileApplicationDto, ['filedBy'] as const)
  implements PublicApplicationRequest
{
  /** Where the organisers write about the application. */
  @ApiProperty({ example: 'aigerim@example.kz' })
  @IsEmailAddress()
  contactEmail!: string;

  /** The language the candidate filed in: the emails about the application are written in it. */
  @ApiPropertyOptional({ enum: LOCALES, example: 'kk' })
  @IsOptionalButNotNull()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ScreenApplicationDto implements ScreenApplicationRequest {
  @ApiProperty({ enum: ['accepted', 'rejected'] })
  @IsIn(['accepted', 'rejected'])
  status!: 'accepted' | 'rejected';

  /** Required when rejecting; shown to the filer. */
  @ApiPropertyOptional()
  @ValidateIf((o: ScreenApplicationDto) => o.status === 'rejected' || o.reason !== undefined)
  @IsString()
  @MinLength(LIMITS.decisionReason.min)
  @MaxLength(LIMITS.decisionReason.max)
  reason?: string;
}

/** The organiser's verified value of one measured criterion; null withdraws the verification. */
export class VerifyMeasureDto implements VerifyMeasureRequest {
  @ApiProperty() @IsUUID() nominationId!: string;

  @ApiProperty({ example: 'subscribers' }) @IsString() @MaxLength(40) criterionKey!: string;

  /** Null or left out withdraws the verification. */
  @ApiPropertyOptional({ type: Number, nullable: true, example: 12100 })
  @IsOptional()
  @IsNumber()
  verified?: number | null;

  @ApiProperty({ description: 'The version the client last read; 0 when no value is held yet.' })
  @IsInt()
  @Min(0)
  @Max(INT4_MAX)
  version!: number;
}
