import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contest } from './contest.entity';
import { ContestsController } from './contests.controller';
import { ContestsService } from './contests.service';
import { Nomination } from './nomination.entity';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { PublicContestsController } from './public-contests.controller';
import { PublicContestsService } from './public-contests.service';
import { SeriesHistoryController } from './series-history.controller';
import { SeriesHistoryService } from './series-history.service';
import { SeriesYear } from './series-year.entity';

/**
 * Contests and their nominations: announcing, editing, rules texts and the public contest pages. The other
 * contest modules read a contest through `contest-access.ts` and show one through `contest-views.ts`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Contest, Nomination, SeriesYear])],
  controllers: [PublicContestsController, ContestsController, NominationsController, SeriesHistoryController],
  providers: [ContestsService, NominationsService, PublicContestsService, SeriesHistoryService],
})
export class ContestSetupModule {}
