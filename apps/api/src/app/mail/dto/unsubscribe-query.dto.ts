import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The token of an unsubscribe link, as the message's link and `List-Unsubscribe` header carry it. */
export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The token of the link in the message (`<message id>.<signature>`).' })
  @IsString()
  @MaxLength(200)
  token!: string;
}
