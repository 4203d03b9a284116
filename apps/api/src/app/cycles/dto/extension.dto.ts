import { type GrantExtensionRequest, LIMITS } from '@prgauge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsDayOrInstant } from '../../common/zoned-date.validator';

export class GrantExtensionDto implements GrantExtensionRequest {
  @ApiProperty()
  @IsUUID()
  agencyId!: string;

  @ApiProperty({
    example: '2027-02-15',
    description:
      "The agency may edit until this moment: a day (YYYY-MM-DD) keeps that whole day open in the region's time zone; a date-time needs an offset.",
  })
  @IsDayOrInstant()
  until!: string;

  @ApiProperty()
  @IsString()
  @MinLength(LIMITS.extensionReason.min)
  @MaxLength(LIMITS.extensionReason.max)
  reason!: string;
}
