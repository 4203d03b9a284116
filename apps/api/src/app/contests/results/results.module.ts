import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestNoticesModule } from '../notices/contest-notices.module';
import { ContestVotingModule } from '../voting/voting.module';
import { ContestResult } from './contest-result.entity';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/** A contest's results: ranking the nominations, statistics, and publishing them. */
@Module({
  imports: [TypeOrmModule.forFeature([ContestResult]), ContestVotingModule, ContestNoticesModule],
  controllers: [ResultsController],
  providers: [ResultsService],
  exports: [ResultsService],
})
export class ContestResultsModule {}
