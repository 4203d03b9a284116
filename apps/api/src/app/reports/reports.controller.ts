import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobStarted, SessionUser } from '@prgauge/contracts';
import type { FastifyReply } from 'fastify';
import { Can, CurrentUser } from '../auth/auth.decorators';
import { Responds, type ContentBody } from '../common/openapi/responds.decorator';
import { sendDownload } from '../common/uploads/send-download';
import { LetterReportQuery, ReportLanguageQuery } from './dto/report-query.dto';
import { ReportsService, type RenderedReport } from './reports.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

const PDF: ContentBody = {
  contentType: 'application/pdf',
  description: 'The report as a PDF; 503 `report.renderer_unavailable` where the server has no PDF renderer',
};

/** Sends a rendered report as a download under its own name (ASCII fallback and UTF-8, RFC 6266); never cached. */
async function download(reply: FastifyReply, report: RenderedReport): Promise<void> {
  void reply.header('cache-control', 'no-store');
  await sendDownload(reply, { fileName: report.fileName, mediaType: 'application/pdf', content: report.pdf });
}

const letterOf = (query: LetterReportQuery) => ({
  lang: query.lang,
  letter: { number: query.letterNo, date: query.letterDate },
});

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('cycles/:cycleId/agencies/:agencyId/scorecard.pdf')
  @Can('report.scorecard')
  @ApiOperation({
    summary:
      "An agency's scorecard as a PDF letter to its head (at most two A4 pages): the region's staff for any agency, an agency editor for their own",
  })
  @Responds(200, PDF)
  async scorecard(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Param('agencyId', ParseIdPipe) agencyId: string,
    @Query() query: LetterReportQuery,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await download(reply, await this.reports.scorecard(cycleId, agencyId, letterOf(query), user));
  }

  @Get('cycles/:cycleId/ranking-report.pdf')
  @Can('report.ranking')
  @ApiOperation({
    summary:
      "The region's ranking report as a PDF: cover, method, ranking table, charts, a section per agency",
  })
  @Responds(200, PDF)
  async rankingReport(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Query() query: LetterReportQuery,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await download(reply, await this.reports.rankingReport(cycleId, letterOf(query), user));
  }

  @Post('cycles/:cycleId/scorecard-batch')
  @Can('report.ranking')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Queues the scorecard letters of every ranked agency as a background job; its result is a ZIP of one PDF per agency',
  })
  @Responds(202, 'JobStarted')
  async scorecardBatch(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Query() query: LetterReportQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<JobStarted> {
    return { jobId: await this.reports.queueScorecardBatch(cycleId, letterOf(query), user) };
  }

  @Get('contests/:contestId/certificates.pdf')
  @Can('report.certificates')
  @ApiOperation({
    summary: "A contest's certificates as a PDF, one page per winner; 409 before the results are published",
  })
  @Responds(200, PDF)
  async certificates(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Query() query: ReportLanguageQuery,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await download(reply, await this.reports.certificates(contestId, query.lang, user));
  }
}
