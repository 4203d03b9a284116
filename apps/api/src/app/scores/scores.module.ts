import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResultsFreezer } from '../cycles/results-freezer';
import { PreviousValues } from '../submissions/previous-values';
import { PreviousValuesFacade } from './previous-values.facade';
import { PublishedRanking } from './published-ranking.entity';
import { PublishedThenRow } from './published-then.entity';
import { PublishedThenRepository } from './published-then.repository';
import { PublishedThenController } from './published-then.controller';
import { PublishedThenService } from './published-then.service';
import { ResultsController } from './results.controller';
import { ResultsFreezeFacade } from './results-freeze.facade';
import { ResultsService } from './results.service';
import { ScoreSnapshot } from './score-snapshot.entity';
import { ScoredCycleRepository } from './scored-cycle.repository';
import { ScoringPreviewController } from './scoring-preview.controller';
import { ScoringPreviewService } from './scoring-preview.service';

@Module({
  imports: [TypeOrmModule.forFeature([ScoreSnapshot, PublishedRanking, PublishedThenRow])],
  controllers: [ResultsController, PublishedThenController, ScoringPreviewController],
  providers: [
    ResultsService,
    { provide: ResultsFreezer, useClass: ResultsFreezeFacade },
    { provide: PreviousValues, useClass: PreviousValuesFacade },
    ScoredCycleRepository,
    PublishedThenRepository,
    PublishedThenService,
    ScoringPreviewService,
  ],
  exports: [ResultsFreezer, PreviousValues, ScoredCycleRepository, ResultsService],
})
export class ScoresModule {}
