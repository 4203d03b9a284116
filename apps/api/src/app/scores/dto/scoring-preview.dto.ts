import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScoringPreviewRequest } from '@prgauge/contracts';
import { IsArray, IsObject } from 'class-validator';
import { IsOptionalButNotNull } from '../../common/optional-not-null';

/**
 * A document in the scoring library's own format (the same as the score CLI's input). Only its outline is
 * checked here; the library validates everything inside and names the path of any problem.
 */
export class ScoringPreviewDto implements ScoringPreviewRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '`{ scale?, missing?, indicators }`: the tree of weighted nodes.',
  })
  @IsObject()
  framework!: Record<string, unknown>;

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: '`{ id, name?, group?, attributes? }` each.',
  })
  @IsArray()
  agencies!: unknown[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: '`{ agency, indicator, value }` each.',
  })
  @IsArray()
  values!: unknown[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: '`{ runs, spread, seed }`: re-rank with every top-level weight scaled by up to ±spread.',
  })
  @IsOptionalButNotNull()
  @IsObject()
  sensitivity?: Record<string, unknown>;
}
