import { ApiProperty } from '@nestjs/swagger';
import {
  LETTERHEAD_EMBLEM_TYPES,
  type LetterheadEmblem,
  type LetterheadEmblemType,
  type LetterheadRequest,
  type LocalizedText,
} from '@prgauge/contracts';
import { Type } from 'class-transformer';
import { IsBase64, IsIn, IsInt, IsObject, Min, ValidateIf, ValidateNested } from 'class-validator';
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

  @ApiProperty({ example: { fa: 'بیرجند، خیابان طالقانی' }, description: 'May be empty: {}.' })
  @IsObject()
  @ValidateIf((o: LetterheadDto) => Object.keys(o.address ?? {}).length > 0)
  @IsLocalizedText({ max: 500 })
  address!: LocalizedText;

  @ApiProperty({ type: LetterheadEmblemDto, nullable: true, description: 'null removes the emblem.' })
  @ValidateIf((o: LetterheadDto) => o.emblem !== null)
  @ValidateNested()
  @Type(() => LetterheadEmblemDto)
  emblem!: LetterheadEmblemDto | null;

  @ApiProperty({ description: 'The version last read; 0 for a region that has no letterhead yet.' })
  @IsInt()
  @Min(0)
  version!: number;
}
