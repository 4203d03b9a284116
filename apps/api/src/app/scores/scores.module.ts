import { Module } from '@nestjs/common';
import { PublicCyclesController } from './public-cycles.controller';
import { PublishService } from './publish.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { ScoredCycleRepository } from './scored-cycle.repository';
import { ScoringPreviewController } from './scoring-preview.controller';
import { ScoringPreviewService } from './scoring-preview.service';

@Module({
  controllers: [ResultsController, ScoringPreviewController, PublicCyclesController],
  providers: [ResultsService, PublishService, ScoredCycleRepository, ScoringPreviewService],
  exports: [PublishService, ScoredCycleRepository],
})
export class ScoresModule {}
