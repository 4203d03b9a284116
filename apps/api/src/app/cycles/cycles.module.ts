import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScoresModule } from '../scores/scores.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { Cycle } from './cycle.entity';
import { CycleLifecycleService } from './cycle-lifecycle.service';
import { CycleRepository } from './cycle.repository';
import { CycleViews } from './cycle-views';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { PublicCyclesController } from './public-cycles.controller';
import { PublishSummaryReader } from './publish-summary.reader';

/** Cycles and their one lifecycle; publishing asks the scores module to freeze the results. */
@Module({
  imports: [TypeOrmModule.forFeature([Cycle]), SubmissionsModule, ScoresModule],
  controllers: [CyclesController, PublicCyclesController],
  providers: [CyclesService, CycleLifecycleService, CycleRepository, CycleViews, PublishSummaryReader],
  exports: [CyclesService, CycleLifecycleService],
})
export class CyclesModule {}
