import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { ContestResults, ContestView, SessionUser, VoterRegistrationReceipt } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../../auth/auth.decorators';
import { Public } from '../../auth/public.decorator';
import { RegisterVoterDto } from '../voting/dto/voting.dto';
import { ResultsService } from './results.service';
import { VotersService } from '../voting/voters.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly voters: VotersService,
  ) {}

  @Get('contests/:contestId/results/preview')
  @Can('contest.results.preview')
  @ApiOperation({ summary: 'The ranking as it stands, for organisers before publication' })
  @Responds(200, 'ContestResults')
  preview(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ContestResults> {
    return this.results.preview(contestId, user);
  }

  @Post('contests/:contestId/results/publish')
  @Can('contest.results.publish')
  @ApiOperation({ summary: 'Freeze and publish the results once judging and voting are over (409 before)' })
  @Responds(201, 'ContestResults')
  publish(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContestResults> {
    return this.results.publish(contestId, actor);
  }

  @Get('public/contests')
  @Can('contest.public.read')
  @Public()
  @ApiOperation({ summary: 'Contests with published results' })
  @Responds(200, { arrayOf: 'ContestView' })
  published(): Promise<ContestView[]> {
    return this.results.publishedContests();
  }

  @Get('public/contests/:contestId/results')
  @Can('contest.public.read')
  @Public()
  @ApiOperation({ summary: 'Published results with winners and statistics; 409 naming the phase before' })
  @Responds(200, 'ContestResults')
  contestResults(@Param('contestId', ParseIdPipe) contestId: string): Promise<ContestResults> {
    return this.results.published(contestId);
  }

  @Post('public/contests/:contestId/voters')
  @Can('contest.voter.register')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Register as a journalist or blogger to vote; the organisers verify the registration. Answers 202 with ' +
      '{ status: "received" } whether or not an anonymous login was free (a taken one creates nothing); ' +
      'anonymous registrations are limited per address (429 request.too_many with Retry-After)',
  })
  @Responds(202, 'VoterRegistrationReceipt')
  register(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Body() body: RegisterVoterDto,
    @CurrentUser() user: SessionUser | undefined,
    @Req() request: FastifyRequest,
  ): Promise<VoterRegistrationReceipt> {
    return this.voters.register(contestId, body, user ?? null, {
      requestId: String(request.id),
      ip: request.ip,
    });
  }
}
