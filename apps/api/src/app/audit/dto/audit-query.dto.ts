import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditQuery } from '@prgauge/contracts';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class AuditQueryDto implements AuditQuery {
  /** National admins only; a director always searches their own region. */
  @ApiPropertyOptional() @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() cycleId?: string;

  @ApiPropertyOptional({ example: 'agency.update' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Date or date-time, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'A date includes that whole day.' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  /** Entries older than this id: the next page. */
  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be the id of an audit entry' })
  before?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
