import { type GrantExtensionRequest, LIMITS } from '@prgauge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class GrantExtensionDto implements GrantExtensionRequest {
  @ApiProperty()
  @IsUUID()
  agencyId!: string;

  @ApiProperty({ example: '2027-02-15T18:00:00Z', description: 'The agency may edit until this moment.' })
  @IsDateString({ strict: true })
  until!: string;

  @ApiProperty()
  @IsString()
  @MinLength(LIMITS.extensionReason.min)
  @MaxLength(LIMITS.extensionReason.max)
  reason!: string;
}
