import { DynamicModule, Module, type OnModuleDestroy, type OnModuleInit, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMaintenanceTask } from '../jobs/maintenance-tasks';
import { CycleSubmissions } from '../cycles/cycle-submissions.port';
import { CycleSubmissionsFacade } from './cycle-submissions.facade';
import { DEADLINE_REMINDERS_TASK, DeadlineReminders } from './deadline-reminders';
import { Evidence } from './evidence.entity';
import { ReviewComment } from './review-comment.entity';
import { SubmissionValue } from './submission-value.entity';
import { Submission } from './submission.entity';
import { CycleSubmissionsController } from './cycle-submissions.controller';
import { EvidenceController } from './evidence.controller';
import { CycleDataExportController } from './exports/cycle-data-export.controller';
import { CycleDataExportService } from './exports/cycle-data-export.service';
import { EvidenceService } from './evidence.service';
import { ReviewCommentsController } from './review-comments.controller';
import { ReviewLoopService } from './review-loop.service';
import { ReviewQueueService } from './review-queue.service';
import { PeerValuesCache } from './peer-values-cache';
import { SaveContextCache } from './save-context-cache';
import { SubmissionAccess } from './submission-access';
import { SubmissionNotices } from './submission-notices';
import { SubmissionViewService } from './submission-view.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Submission, SubmissionValue, Evidence, ReviewComment])],
  controllers: [
    SubmissionsController,
    EvidenceController,
    CycleSubmissionsController,
    ReviewCommentsController,
    CycleDataExportController,
  ],
  providers: [
    SubmissionsService,
    SubmissionAccess,
    SaveContextCache,
    PeerValuesCache,
    SubmissionNotices,
    SubmissionViewService,
    EvidenceService,
    ReviewQueueService,
    ReviewLoopService,
    CycleDataExportService,
    DeadlineReminders,
    { provide: CycleSubmissions, useClass: CycleSubmissionsFacade },
  ],
  exports: [CycleSubmissions],
})
export class SubmissionsModule implements OnModuleInit, OnModuleDestroy {
  private unregister?: () => void;

  constructor(private readonly reminders: DeadlineReminders) {}

  /** Deadline reminders run on the job queue's every-minute maintenance. */
  onModuleInit(): void {
    this.unregister = registerMaintenanceTask(DEADLINE_REMINDERS_TASK, (manager, now) =>
      this.reminders.sendDueReminders(now, manager),
    );
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }

  /**
   * Submissions with the module that provides and exports its `PreviousValues` (scores/): the application wires
   * the two together (feature-modules.ts), so that submissions never imports the module that scores its values.
   */
  static withPreviousValues(previousValues: Type): DynamicModule {
    return { module: SubmissionsModule, imports: [previousValues] };
  }
}
