import type { ScoringInput } from '@prgauge/scoring';
import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type JsonBytesOf, NOT_MODIFIED } from '../common/openapi/json-bytes';
import { Responds } from '../common/openapi/responds.decorator';
import type { RankingResponse, ScorecardResponse, SessionUser } from '@prgauge/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Can } from '../auth/auth.decorators';
import { Public } from '../auth/public.decorator';
import { ResultsService } from './results.service';

@ApiTags('scores')
@Controller('cycles/:cycleId')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get('ranking')
  @Can('results.read')
  @Public()
  @ApiOperation({
    summary: 'The ranking: published for everyone, a live preview of current data for region staff',
  })
  @Responds(200, 'RankingResponse')
  @ApiQuery({ name: 'group', required: false, description: 'Peer group code' })
  async ranking(
    @Param('cycleId', ParseUUIDPipe) cycleId: string,
    @CurrentUser() user: SessionUser | undefined,
    @Query('group') group: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RankingResponse | JsonBytesOf<RankingResponse>> {
    const body = await this.results.ranking(cycleId, user, group);
    if ('preview' in body) return body.preview;
    void reply
      .header('etag', body.etag)
      .header('cache-control', 'public, max-age=60')
      .type('application/json');
    if (ifNoneMatch === body.etag) {
      void reply.status(304);
      return NOT_MODIFIED;
    }
    return body.json;
  }

  @Get('scorecards/:agencyId')
  @Can('results.read')
  @Public()
  @ApiOperation({
    summary: "An agency's scorecard: contributions, points lost to the best, stability, trend",
  })
  @Responds(200, 'ScorecardResponse')
  scorecard(
    @Param('cycleId', ParseUUIDPipe) cycleId: string,
    @Param('agencyId', ParseUUIDPipe) agencyId: string,
    @CurrentUser() user: SessionUser | undefined,
  ): Promise<ScorecardResponse> {
    return this.results.scorecard(cycleId, agencyId, user);
  }

  @Get('scoring-document')
  @Can('cycle.scoring_document.read')
  @ApiOperation({
    summary:
      "The cycle's framework, agencies and values in the scoring library's format, for what-if weights",
  })
  @Responds(200, 'ScoringInput')
  scoringDocument(
    @Param('cycleId', ParseUUIDPipe) cycleId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ScoringInput> {
    return this.results.scoringDocument(cycleId, user);
  }
}
