import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalButNotNull } from '../../common/optional-not-null';
import {
  LETTERHEAD_EMBLEM_TYPES,
  type LetterheadEmblem,
  type LetterheadEmblemType,
  type LetterheadRequest,
  type LocalizedText,
} from '@prgauge/contracts';
import { Type } from 'class-transformer';
import { IsBase64, IsIn, IsInt, IsObject, Min, ValidateNested } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text.validator';

export class LetterheadEmblemDto implements LetterheadEmblem {
  @ApiProperty({ enum: LETTERHEAD_EMBLEM_TYPES })
  @IsIn(LETTERHEAD_EMBLEM_TYPES)
  mediaType!: LetterheadEmblemType;

  @ApiProperty({ description: 'The image bytes in base64; at most 300,000 bytes once decoded.' })
  @IsBase64()
  base64!: string;
}

export class LetterheadDto implements LetterheadRequest {
  @ApiProperty({ example: { fa: 'ادارهٔ کل روابط عمومی استانداری خراسان جنوبی', ru: 'Управление' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;

  @ApiPropertyOptional({ example: { fa: 'بیرجند، خیابان طالقانی' }, description: 'Left out: no address.' })
  @IsOptionalButNotNull()
  @IsObject()
  @IsLocalizedText({ max: 500 })
  address?: LocalizedText;

  @ApiPropertyOptional({ type: LetterheadEmblemDto, description: 'Left out: no emblem.' })
  @IsOptionalButNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LetterheadEmblemDto)
  emblem?: LetterheadEmblemDto;

  @ApiProperty({ description: 'The version last read; 0 for a region that has no letterhead yet.' })
  @IsInt()
  @Min(0)
  version!: number;
}
