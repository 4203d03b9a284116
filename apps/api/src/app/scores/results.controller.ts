import type { ScoringInput } from '@prgauge/scoring';
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type JsonBytesOf } from '../common/openapi/json-bytes';
import { sendEncoded } from '../common/send-encoded';
import { Responds } from '../common/openapi/responds.decorator';
import type { Locale, RankingResponse, ScorecardResponse, SessionUser } from '@prgauge/contracts';
import { create as contentDisposition } from 'content-disposition';
import { ParseLocalePipe } from '../common/parse-locale.pipe';
import { XLSX_TYPE } from '../common/uploads/file-type';
import { cleanFileName } from '../common/uploads/file-name';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Can } from '../auth/auth.decorators';
import { Public } from '../auth/public.decorator';
import { ResultsService } from './results.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

/** A published ranking may be kept a minute by browsers and proxies; a withdrawal reaches them within it. */
const RANKING_CACHE = 'public, max-age=60';

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
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentUser() user: SessionUser | undefined,
    @Query('group') group: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RankingResponse | JsonBytesOf<RankingResponse>> {
    const body = await this.results.ranking(cycleId, user, group);
    if ('preview' in body) return body.preview;
    return sendEncoded(reply, body.published, { acceptEncoding, ifNoneMatch, cacheControl: RANKING_CACHE });
  }

  @Get('ranking.xlsx')
  @Can('results.read')
  @Public()
  @ApiOperation({
    summary:
      'The ranking as an XLSX workbook: title rows with the filters, a frozen header, number formats, right to left in Persian',
  })
  @Responds(200, { contentType: XLSX_TYPE, description: 'The ranking rows shown, as an XLSX workbook' })
  @ApiQuery({ name: 'lang', required: false, enum: ['ru', 'kk', 'fa', 'en'] })
  @ApiQuery({ name: 'group', required: false, description: 'Peer group code' })
  @ApiQuery({ name: 'search', required: false, description: 'Agency code or name, as the page searches' })
  async rankingXlsx(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentUser() user: SessionUser | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('lang', new ParseLocalePipe()) lang?: Locale,
    @Query('group') group?: string,
    @Query('search') search?: string,
  ): Promise<Buffer> {
    const file = await this.results.rankingXlsx(cycleId, user, {
      lang,
      group: group || undefined,
      search: search?.slice(0, 100),
    });
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', contentDisposition(cleanFileName(file.fileName, 'xlsx')));
    return file.content;
  }

  @Get('scorecards/:agencyId')
  @Can('results.read')
  @Public()
  @ApiOperation({
    summary: "An agency's scorecard: contributions, points lost to the best, stability, trend",
  })
  @Responds(200, 'ScorecardResponse')
  scorecard(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('agencyId', ParseIdPipe) agencyId: string,
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
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ScoringInput> {
    return this.results.scoringDocument(cycleId, user);
  }
}
