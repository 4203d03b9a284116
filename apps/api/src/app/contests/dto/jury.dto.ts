import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

export class AssignJurorDto {
  /** An account with the juror role in one of the contest's regions. */
  @ApiProperty()
  @IsUUID()
  userId!: string;

  /** Where the juror works: applications from the same organisation are kept from them. */
  @ApiProperty({ example: 'Kazinform news agency' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  organisation!: string;
}

export class DeclareConflictDto {
  @ApiProperty({ example: 'The candidate is my former colleague' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class ScoreSheetDto {
  /** Criterion key → a score from 0 to 10, for every criterion of the nomination. */
  @ApiProperty({ example: { content_quality: 8, page_rating: 6 } })
  @IsObject()
  scores!: Record<string, number>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  /** The version last read, when changing a saved sheet. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
