import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cycle } from './cycle.entity';
import { CycleLifecycleService } from './cycle-lifecycle.service';
import { CycleNotices } from './cycle-notices';
import { CycleRepository } from './cycle.repository';
import { CycleViews } from './cycle-views';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { PublicCyclesController } from './public-cycles.controller';
import { PublishSummaryReader } from './publish-summary.reader';

/**
 * Cycles and their one lifecycle. Cycles declares the ports it calls and the modules that read its data provide
 * them: `CycleSubmissions` (drafts, states, extensions: submissions/) and `ResultsFreezer` (publishing freezes
 * the results: scores/).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Cycle])],
  controllers: [CyclesController, PublicCyclesController],
  providers: [
    CyclesService,
    CycleLifecycleService,
    CycleNotices,
    CycleRepository,
    CycleViews,
    PublishSummaryReader,
  ],
  exports: [CyclesService, CycleLifecycleService],
})
export class CyclesModule {
  /**
   * Cycles with the modules that provide and export its ports (`CycleSubmissions`: submissions/,
   * `ResultsFreezer`: scores/): the application wires them together (feature-modules.ts), so that cycles never
   * imports the modules that read its data.
   */
  static withCollaborators(...modules: (Type | DynamicModule)[]): DynamicModule {
    return { module: CyclesModule, imports: modules };
  }
}
