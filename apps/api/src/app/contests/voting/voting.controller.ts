import { Body, Controller, Get, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FILE_DOWNLOAD, Responds } from '../../common/openapi/responds.decorator';
import type { ContestBallot, SessionUser, VoteAnomaly, VoteReceipt, VoterView } from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../../auth/auth.decorators';
import { ApiFileUpload } from '../../common/uploads/api-file-upload';
import { readOneFile } from '../../common/uploads/read-upload';
import { sendDownload } from '../../common/uploads/send-download';
import { BallotService } from './ballot.service';
import { CastVoteDto, VerifyVoterDto } from './dto/voting.dto';
import { VOTER_DOCUMENT_UPLOAD, VoterDocumentsService } from './voter-documents.service';
import { VotersService } from './voters.service';
import { VotesService } from './votes.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller()
export class VotingController {
  constructor(
    private readonly voters: VotersService,
    private readonly votes: VotesService,
    private readonly documents: VoterDocumentsService,
    private readonly ballots: BallotService,
  ) {}

  @Get('contests/:contestId/ballot')
  @Can('contest.ballot.read')
  @ApiOperation({
    summary: "The journalist's registration, the candidates per voting nomination, and their votes",
  })
  @Responds(200, 'ContestBallot')
  ballot(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ContestBallot> {
    return this.ballots.ballot(contestId, user);
  }

  @Get('contests/:contestId/voters')
  @Can('contest.voter.read')
  @ApiOperation({ summary: 'Registrations to vote, for verification' })
  @Responds(200, { arrayOf: 'VoterView' })
  list(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<VoterView[]> {
    return this.voters.list(contestId, user);
  }

  @Post('contest-voters/:voterId/verification')
  @Can('contest.voter.verify')
  @ApiOperation({ summary: 'Verify a registration, or reject it with a reason' })
  @Responds(201, 'VoterView')
  verify(
    @Param('voterId', ParseIdPipe) voterId: string,
    @Body() body: VerifyVoterDto,
    @CurrentActor() actor: Actor,
  ): Promise<VoterView> {
    return this.voters.verify(voterId, body, actor);
  }

  @Put('contest-voters/:voterId/document')
  @Can('contest.voter.document.upload')
  @ApiOperation({
    summary:
      'The voter attaches a PDF or image (up to 5 MB) proving media work, while the registration is pending',
  })
  @Responds(200, 'VoterView')
  @ApiFileUpload(VOTER_DOCUMENT_UPLOAD)
  async attachDocument(
    @Param('voterId', ParseIdPipe) voterId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<VoterView> {
    return this.documents.attach(voterId, await readOneFile(request, VOTER_DOCUMENT_UPLOAD), actor);
  }

  @Get('contest-voters/:voterId/document')
  @Can('contest.voter.read')
  @ApiOperation({ summary: "Download a voter's document, for the contest's organisers" })
  @Responds(200, FILE_DOWNLOAD)
  async document(
    @Param('voterId', ParseIdPipe) voterId: string,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(reply, await this.documents.document(voterId, user));
  }

  @Post('nominations/:nominationId/votes')
  @Can('contest.vote')
  @ApiOperation({
    summary: 'Cast a final vote: verified voters only (403), within the window (409), once (409)',
  })
  @Responds(201, 'VoteReceipt')
  cast(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @Body() body: CastVoteDto,
    @CurrentActor() actor: Actor,
  ): Promise<VoteReceipt> {
    return this.votes.cast(nominationId, body, actor);
  }

  @Get('contests/:contestId/vote-anomalies')
  @Can('contest.vote_anomalies.read')
  @ApiOperation({ summary: 'Bursts of votes from one address or from voters registered on one day' })
  @Responds(200, { arrayOf: 'VoteAnomaly' })
  anomalies(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<VoteAnomaly[]> {
    return this.votes.anomalies(contestId, user);
  }
}
