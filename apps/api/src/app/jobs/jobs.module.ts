import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BackgroundJob } from './background-job.entity';
import { JobQueueLifecycle } from './job-queue-lifecycle';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/**
 * Background jobs: the queue's worker (started and stopped with the API), the job records and their routes.
 * Other folders queue work with `enqueueJob` and register handlers with `registerJobHandler`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BackgroundJob])],
  controllers: [JobsController],
  providers: [JobsService, JobQueueLifecycle],
})
export class JobsModule {}
