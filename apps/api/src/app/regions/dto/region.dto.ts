import { ApiProperty } from '@nestjs/swagger';
import type {
  CreatePeerGroupRequest,
  CreateRegionRequest,
  LocalizedText,
  RenamePeerGroupRequest,
} from '@prgauge/contracts';
import { IsObject, IsString, Matches, MaxLength } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text.validator';

export class CreateRegionDto implements CreateRegionRequest {
  @ApiProperty({ example: 'south-khorasan' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'code must be 2–63 lowercase letters, digits or dashes' })
  code!: string;

  @ApiProperty({ example: { ru: 'Южный Хорасан', fa: 'خراسان جنوبی' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}

export class PeerGroupDto implements CreatePeerGroupRequest {
  @ApiProperty({ example: 'health' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'code must be lowercase letters, digits or dashes' })
  @MaxLength(63)
  code!: string;

  @ApiProperty({ example: { ru: 'Здравоохранение', en: 'Health' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}

export class RenamePeerGroupDto implements RenamePeerGroupRequest {
  @ApiProperty({ example: { ru: 'Здравоохранение', en: 'Health' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}
