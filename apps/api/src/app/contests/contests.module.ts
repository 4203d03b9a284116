import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { BallotService } from './ballot.service';
import { ContestsController } from './contests.controller';
import { ContestsService } from './contests.service';
import { JuryController } from './jury.controller';
import { JuryService } from './jury.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { VotersService } from './voters.service';
import { VotesService } from './votes.service';
import { VotingController } from './voting.controller';

@Module({
  controllers: [
    ContestsController,
    ApplicationsController,
    JuryController,
    VotingController,
    ResultsController,
  ],
  providers: [
    ContestsService,
    ApplicationsService,
    JuryService,
    VotersService,
    VotesService,
    ResultsService,
    BallotService,
  ],
})
export class ContestsModule {}
