import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ContestBallot, SessionUser, VoteAnomaly, VoterView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Roles } from '../auth/auth.decorators';
import { BallotService } from './ballot.service';
import { CastVoteDto, VerifyVoterDto } from './dto/voting.dto';
import { VotersService } from './voters.service';
import { VotesService } from './votes.service';

@ApiTags('contests')
@Controller()
export class VotingController {
  constructor(
    private readonly voters: VotersService,
    private readonly votes: VotesService,
    private readonly ballots: BallotService,
  ) {}

  @Get('contests/:contestId/ballot')
  @Roles('journalist')
  @ApiOperation({
    summary: "The journalist's registration, the candidates per voting nomination, and their votes",
  })
  ballot(
    @Param('contestId', ParseUUIDPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ContestBallot> {
    return this.ballots.ballot(contestId, user);
  }

  @Get('contests/:contestId/voters')
  @Roles('director')
  @ApiOperation({ summary: 'Registrations to vote, for verification' })
  list(
    @Param('contestId', ParseUUIDPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<VoterView[]> {
    return this.voters.list(contestId, user);
  }

  @Post('contest-voters/:voterId/verification')
  @Roles('director')
  @ApiOperation({ summary: 'Verify a registration, or reject it with a reason' })
  verify(
    @Param('voterId', ParseUUIDPipe) voterId: string,
    @Body() body: VerifyVoterDto,
    @CurrentActor() actor: Actor,
  ): Promise<VoterView> {
    return this.voters.verify(voterId, body, actor);
  }

  @Post('nominations/:nominationId/votes')
  @Roles('journalist')
  @ApiOperation({
    summary: 'Cast a final vote: verified voters only (403), within the window (409), once (409)',
  })
  cast(
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() body: CastVoteDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ nominationId: string; applicationId: string }> {
    return this.votes.cast(nominationId, body, actor);
  }

  @Get('contests/:contestId/vote-anomalies')
  @Roles('director')
  @ApiOperation({ summary: 'Bursts of votes from one address or from voters registered on one day' })
  anomalies(
    @Param('contestId', ParseUUIDPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<VoteAnomaly[]> {
    return this.votes.anomalies(contestId, user);
  }
}
