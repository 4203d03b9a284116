import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { ScoresModule } from '../scores/scores.module';
import { CycleSubmissionsController } from './cycle-submissions.controller';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { ReviewCommentsController } from './review-comments.controller';
import { ReviewLoopService } from './review-loop.service';
import { ReviewQueueService } from './review-queue.service';
import { SubmissionAccess } from './submission-access';
import { SubmissionViewService } from './submission-view.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [CyclesModule, ScoresModule],
  controllers: [
    SubmissionsController,
    EvidenceController,
    CycleSubmissionsController,
    ReviewCommentsController,
  ],
  providers: [
    SubmissionsService,
    SubmissionAccess,
    SubmissionViewService,
    EvidenceService,
    ReviewQueueService,
    ReviewLoopService,
  ],
})
export class SubmissionsModule {}
