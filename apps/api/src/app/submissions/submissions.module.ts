import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScoresModule } from '../scores/scores.module';
import { CycleSubmissions } from '../cycles/cycle-submissions.port';
import { CycleSubmissionsFacade } from './cycle-submissions.facade';
import { Evidence } from './evidence.entity';
import { ReviewComment } from './review-comment.entity';
import { SubmissionValue } from './submission-value.entity';
import { Submission } from './submission.entity';
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
  imports: [TypeOrmModule.forFeature([Submission, SubmissionValue, Evidence, ReviewComment]), ScoresModule],
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
    { provide: CycleSubmissions, useClass: CycleSubmissionsFacade },
  ],
  exports: [CycleSubmissions],
})
export class SubmissionsModule {}
