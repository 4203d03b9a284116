import {
  type AssignJurorRequest,
  type DeclareConflictRequest,
  LIMITS,
  type ScoreSheetRequest,
} from '@prgauge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INT4_MAX } from '../../../common/number-bounds';
import { IsOptionalButNotNull } from '../../../common/optional-not-null';

export class AssignJurorDto implements AssignJurorRequest {
  /** An account with the juror role in one of the contest's regions. */
  @ApiProperty()
  @IsUUID()
  userId!: string;

  /** Where the juror works: applications from the same organisation are kept from them. */
  @ApiProperty({ example: 'Kazinform news agency' })
  @IsString()
  @MinLength(LIMITS.organisation.min)
  @MaxLength(LIMITS.organisation.max)
  organisation!: string;
}

export class DeclareConflictDto implements DeclareConflictRequest {
  @ApiProperty({ example: 'The candidate is my former colleague' })
  @IsString()
  @MinLength(LIMITS.decisionReason.min)
  @MaxLength(LIMITS.decisionReason.max)
  reason!: string;
}

export class ScoreSheetDto implements ScoreSheetRequest {
  /** Criterion key → a score from 0 to 10, for every criterion of the nomination. */
  @ApiProperty({ example: { content_quality: 8, page_rating: 6 } })
  @IsObject()
  scores!: Record<string, number>;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  /** The version last read, when changing a saved sheet. */
  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
}
