import type { SeriesYearRequest } from '@prgauge/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsOptionalButNotNull } from '../../../common/optional-not-null';

/** The most people or applications a year of a series can have: far above any contest's, far below int4. */
export const SERIES_FIGURE_MAX = 1_000_000;

export class SeriesYearDto implements SeriesYearRequest {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: SERIES_FIGURE_MAX })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SERIES_FIGURE_MAX)
  participants?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: SERIES_FIGURE_MAX })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SERIES_FIGURE_MAX)
  applications?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: SERIES_FIGURE_MAX })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SERIES_FIGURE_MAX)
  winners?: number | null;

  /** Required to change a year already entered. */
  @ApiPropertyOptional({ type: Number, minimum: 1 })
  @IsOptionalButNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}
