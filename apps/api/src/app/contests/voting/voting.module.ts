import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestNoticesModule } from '../notices/contest-notices.module';
import { BallotService } from './ballot.service';
import { LiveCountsController } from './live-counts.controller';
import { LiveCountsService } from './live-counts.service';
import { VoterDocumentsService } from './voter-documents.service';
import { VotersService } from './voters.service';
import { VotesService } from './votes.service';
import { VotingController } from './voting.controller';
import { ContestVote, ContestVoter } from './voting.entities';

/**
 * The public vote: voters' registration and documents, ballots, votes and live counts. `VotersService` is
 * exported for registration from the results page and for the voters' personal data.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ContestVoter, ContestVote]), ContestNoticesModule],
  controllers: [VotingController, LiveCountsController],
  providers: [VotersService, VoterDocumentsService, VotesService, BallotService, LiveCountsService],
  exports: [VotersService],
})
export class ContestVotingModule {}
