import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { StoredFramework } from '../framework.types';

/** The version the client last saw: a stale one gets 409 with the current state. */
export class VersionedDto {
  @ApiProperty({ description: 'The version the client last read.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdateCycleDto extends VersionedDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  periodStart?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  periodEnd?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  deadline?: string;
}

export class PutFrameworkDto extends VersionedDto {
  @ApiProperty({
    description: "The whole framework tree in the scoring library's format, with leaf metadata.",
  })
  @IsObject()
  framework!: StoredFramework;
}

export class ReopenCycleDto extends VersionedDto {
  @ApiProperty({
    minLength: 10,
    description: 'Why the published results must change; kept in the audit trail.',
  })
  @IsString()
  @MinLength(10, { message: 'reason must explain the re-opening in at least 10 characters' })
  @MaxLength(2000)
  reason!: string;
}
