import { LIMITS, type ReplyToCommentRequest } from '@prgauge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ReplyToCommentDto implements ReplyToCommentRequest {
  @ApiProperty({
    maxLength: LIMITS.reviewComment.max,
    description: "The agency's answer in words; empty clears it.",
  })
  @IsString()
  @MaxLength(LIMITS.reviewComment.max)
  body!: string;
}
