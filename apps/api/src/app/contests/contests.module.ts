import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { BallotService } from './ballot.service';
import { ContestsController } from './contests.controller';
import { ContestsService } from './contests.service';
import { JuryController } from './jury.controller';
import { JuryService } from './jury.service';
import { LiveCountsController } from './live-counts.controller';
import { LiveCountsService } from './live-counts.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataEraser } from './personal-data-erasure';
import { PersonalDataRetention } from './personal-data-retention';
import { PersonalDataService } from './personal-data.service';
import { PublicApplicationsController } from './public-applications.controller';
import { PublicApplicationsService } from './public-applications.service';
import { PublicContestsController } from './public-contests.controller';
import { PublicContestsService } from './public-contests.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { VoterDocumentsService } from './voter-documents.service';
import { VotersService } from './voters.service';
import { VotesService } from './votes.service';
import { VotingController } from './voting.controller';

@Module({
  imports: [UsersModule],
  controllers: [
    PublicContestsController,
    ContestsController,
    NominationsController,
    ApplicationsController,
    PublicApplicationsController,
    JuryController,
    VotingController,
    ResultsController,
    LiveCountsController,
    PersonalDataController,
  ],
  providers: [
    ContestsService,
    NominationsService,
    ApplicationsService,
    PublicApplicationsService,
    JuryService,
    VotersService,
    VoterDocumentsService,
    VotesService,
    ResultsService,
    LiveCountsService,
    BallotService,
    PublicContestsService,
    PersonalDataEraser,
    PersonalDataService,
    PersonalDataRetention,
  ],
  exports: [ResultsService],
})
export class ContestsModule {}
