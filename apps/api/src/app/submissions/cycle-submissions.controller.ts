import { Controller, Get, Param, ParseBoolPipe, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import {
  SUBMISSION_STATUSES,
  type CompletenessRow,
  type Page,
  type ReviewQueueItem,
  type SubmissionStatus,
  type SubmissionView,
} from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, Can } from '../auth/auth.decorators';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { ReviewQueueService } from './review-queue.service';
import { SubmissionAccess } from './submission-access';
import { SubmissionsService } from './submissions.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

const STATUS = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, s]));

@ApiTags('submissions')
@Controller('cycles/:cycleId')
export class CycleSubmissionsController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly access: SubmissionAccess,
    private readonly submissions: SubmissionsService,
  ) {}

  @Get('submissions/mine')
  @Can('submission.read_own')
  @ApiOperation({ summary: "The signed-in agency editor's own submission in this cycle" })
  @Responds(200, 'SubmissionView')
  async mine(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<SubmissionView> {
    return this.submissions.view(await this.access.mine(cycleId, actor.user), actor);
  }

  @Get('review-queue')
  @Can('submission.review_queue')
  @ApiOperation({
    summary:
      'Submissions with status, deadline, flags and values changed since the last review; a committee member sees those their committees review',
  })
  @ApiQuery({ name: 'status', required: false, enum: SUBMISSION_STATUSES })
  @ApiQuery({ name: 'flagged', required: false, type: Boolean })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'ReviewQueueItem' })
  reviewQueue(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
    @PageParams() page: PageWindow,
    @Query('status', new ParseEnumPipe(STATUS, { optional: true })) status?: SubmissionStatus,
    @Query('flagged', new ParseBoolPipe({ optional: true })) flagged?: boolean,
  ): Promise<Page<ReviewQueueItem>> {
    return this.queue.queue(cycleId, actor.user, { status, flagged }, page);
  }

  @Get('completeness')
  @Can('cycle.completeness.read')
  @ApiOperation({ summary: "Each agency's state in the cycle, on time or late, with extensions" })
  @Responds(200, { arrayOf: 'CompletenessRow' })
  completeness(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CompletenessRow[]> {
    return this.queue.completeness(cycleId, actor.user);
  }
}
