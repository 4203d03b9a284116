import {
  type AddCommitteeMemberRequest,
  COMMITTEE_KINDS,
  COMMITTEE_MEMBER_ROLES,
  type CommitteeKind,
  type CommitteeMemberRole,
  type CreateCommitteeRequest,
  LIMITS,
  type LocalizedText,
  type UpdateCommitteeRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';
import { IsOptionalButNotNull, NULLS_VALIDATED } from '../../common/optional-not-null';
import { IsLocalizedText } from '../../common/localized-text.validator';

export class CreateCommitteeDto implements CreateCommitteeRequest {
  @ApiProperty({ enum: COMMITTEE_KINDS })
  @IsIn(COMMITTEE_KINDS)
  kind!: CommitteeKind;

  @ApiProperty({ example: { ru: 'Комитет по обучению', fa: 'کمیته آموزش', en: 'Training committee' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  /** The chair's name as it should be printed. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  chair?: string | null;

  /** Keys of the framework indices the committee reviews, e.g. `media`. */
  @ApiPropertyOptional({ type: [String], example: ['media', 'web'] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[A-Za-z][A-Za-z0-9._-]{0,59}$/, { each: true, message: 'indices must be framework keys' })
  indices?: string[];

  /** National admins only: directors create committees in their own region. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  regionId?: string;
}

export class UpdateCommitteeDto
  extends PartialType(OmitType(CreateCommitteeDto, ['regionId'] as const), NULLS_VALIDATED)
  implements UpdateCommitteeRequest
{
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;
}

/** Either `userId` (an account of the committee's region) or `personName` for an outside person. */
export class AddCommitteeMemberDto implements AddCommitteeMemberRequest {
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MinLength(LIMITS.personName.min)
  @MaxLength(LIMITS.personName.max)
  personName?: string;

  @ApiPropertyOptional({ example: 'Kazinform news agency' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(LIMITS.affiliation.max)
  affiliation?: string;

  @ApiPropertyOptional({ enum: COMMITTEE_MEMBER_ROLES, default: 'member' })
  @IsOptionalButNotNull()
  @IsIn(COMMITTEE_MEMBER_ROLES)
  role?: CommitteeMemberRole;
}
