import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditQuery } from '@prgauge/contracts';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging';
import { IsDayOrInstant } from '../../common/zoned-date.validator';

/** The audit search's filters, with the shared page window (`limit`, `offset`). */
export class AuditQueryDto extends PageQueryDto implements AuditQuery {
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
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'A date includes that whole day.' })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;

  /** Only entries older than this id: pins the pages of a trail that is still being written. */
  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be the id of an audit entry' })
  before?: string;
}
