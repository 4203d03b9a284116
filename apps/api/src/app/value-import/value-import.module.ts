import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { registerJobHandler } from '../jobs/job-handlers';
import { CycleSubmissions } from '../cycles/cycle-submissions.port';
import { CycleSubmissionsFacade } from '../submissions/cycle-submissions.facade';
import { ValueImportController } from './value-import.controller';
import { VALUE_IMPORT_JOB, importReportCsv, type ValueImportJob } from './value-import-job';
import { ValueImportService } from './value-import.service';

/**
 * Value import for a cycle: the template, the dry run and the apply, saving through the submissions' own rules;
 * a large apply runs as a background job of kind `value-import`.
 */
@Module({
  controllers: [ValueImportController],
  // The submissions' own drafts, as opening a cycle makes them, for agencies added after it opened.
  providers: [ValueImportService, { provide: CycleSubmissions, useClass: CycleSubmissionsFacade }],
})
export class ValueImportModule implements OnModuleInit, OnModuleDestroy {
  private unregister?: () => void;

  constructor(private readonly imports: ValueImportService) {}

  onModuleInit(): void {
    this.unregister = registerJobHandler<ValueImportJob>(VALUE_IMPORT_JOB, async (job, context) => {
      const done = await this.imports.applyQueued(job, context);
      return {
        fileName: `values-imported-${job.cycleId}.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: Buffer.from(importReportCsv(done.appliedKeys, done.kept), 'utf8'),
      };
    });
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }
}
