import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_OFFSET_MAX, PAGE_SIZE, type AuditQuery } from '@prgauge/contracts';
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

  /** Only entries older than this id: pins the pages of a trail that is still being written. */
  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be the id of an audit entry' })
  before?: string;

  @ApiPropertyOptional({ default: PAGE_SIZE.default, minimum: 1, maximum: PAGE_SIZE.max })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(PAGE_SIZE.max)
  // Checked first, so that text or a fraction is named a wrong type rather than out of range.
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: PAGE_OFFSET_MAX })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(PAGE_OFFSET_MAX)
  // Checked first, so that text or a fraction is named a wrong type rather than out of range.
  @IsInt()
  offset?: number;
}
