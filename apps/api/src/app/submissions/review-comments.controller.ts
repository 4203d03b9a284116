import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReviewCommentView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { ReplyToCommentDto } from './dto/reply-to-comment.dto';
import { ReviewLoopService } from './review-loop.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('submissions')
@Controller('submissions/:submissionId/comments')
export class ReviewCommentsController {
  constructor(private readonly reviewLoop: ReviewLoopService) {}

  @Put(':commentId/reply')
  @Can('submission.comment.reply')
  @ApiOperation({
    summary: "Answer a returned submission's open review comment in words (an empty body clears the reply)",
  })
  @Responds(200, 'ReviewCommentView')
  @ApiConflictResponse({ description: 'The comment was answered by a resubmission, or editing is closed' })
  reply(
    @Param('submissionId', ParseIdPipe) submissionId: string,
    @Param('commentId', ParseIdPipe) commentId: string,
    @Body() body: ReplyToCommentDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewCommentView> {
    return this.reviewLoop.reply(submissionId, commentId, body.body, actor);
  }
}
