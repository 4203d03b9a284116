import { ApiProperty } from '@nestjs/swagger';
import type { EvidenceLinkRequest } from '@prgauge/contracts';
import { IsString, IsUrl, MaxLength } from 'class-validator';

export class EvidenceLinkDto implements EvidenceLinkRequest {
  @ApiProperty({ example: 'media.releases' })
  @IsString()
  @MaxLength(200)
  indicator!: string;

  @ApiProperty({ example: 'https://t.me/channel/123' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http or https address' },
  )
  @MaxLength(2000)
  url!: string;
}
