import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { registerJobHandler } from '../jobs/job-handlers';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestsModule } from '../contests/contests.module';
import { ScoresModule } from '../scores/scores.module';
import { LetterheadController } from './letterhead.controller';
import { RegionLetterhead } from './letterhead.entity';
import { LetterheadService } from './letterhead.service';
import { PdfRenderer } from './pdf-renderer';
import { ReportsController } from './reports.controller';
import { SCORECARD_BATCH_JOB, type ScorecardBatchJob, ReportsService } from './reports.service';

/**
 * PDF reports: the renderer (one shared headless Chromium), the region's letterhead, and the scorecard, ranking
 * report and certificate routes. A scorecard for every agency runs as a background job of kind `agency-scorecards`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RegionLetterhead]), ScoresModule, ContestsModule],
  controllers: [ReportsController, LetterheadController],
  providers: [PdfRenderer, LetterheadService, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule implements OnModuleInit, OnModuleDestroy {
  private unregister?: () => void;

  constructor(private readonly reports: ReportsService) {}

  onModuleInit(): void {
    this.unregister = registerJobHandler<ScorecardBatchJob>(SCORECARD_BATCH_JOB, async (job, context) => ({
      fileName: `scorecards-${job.cycleName ?? job.cycleId}.zip`,
      contentType: 'application/zip',
      bytes: await this.reports.scorecardBatch(job, (done, total) => context.reportProgress(done, total)),
    }));
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }
}
