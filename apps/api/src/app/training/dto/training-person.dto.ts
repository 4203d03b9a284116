import type { KeepPersonsApartRequest, MergePersonsRequest } from '@prgauge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { INT4_MAX } from '../../common/number-bounds';

export class KeepPersonsApartDto implements KeepPersonsApartRequest {
  @ApiProperty({ format: 'uuid', description: 'The other person of the doubtful pair.' })
  @IsUUID()
  otherPersonId!: string;
}

export class MergePersonsDto extends KeepPersonsApartDto implements MergePersonsRequest {
  @ApiProperty({ description: 'The version of the kept person the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version!: number;

  @ApiProperty({ description: 'The version of the merged person the client last read.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  otherVersion!: number;
}
