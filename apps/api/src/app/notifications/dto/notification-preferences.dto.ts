import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferenceChoice,
  type NotificationPreferencesRequest,
} from '@prgauge/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';

export class NotificationPreferenceChoiceDto implements NotificationPreferenceChoice {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  /** Whether the kind reaches the bell in the dashboard. */
  @ApiProperty()
  @IsBoolean()
  app!: boolean;

  /** Whether the kind reaches the account's address by email. */
  @ApiProperty()
  @IsBoolean()
  email!: boolean;
}

export class NotificationPreferencesDto implements NotificationPreferencesRequest {
  /** The kinds to set, each once; kinds left out keep what they had. */
  @ApiProperty({ type: [NotificationPreferenceChoiceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ArrayUnique((choice: NotificationPreferenceChoiceDto) => choice.kind, {
    message: 'preferences must name each kind once',
  })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceChoiceDto)
  preferences!: NotificationPreferenceChoiceDto[];
}
