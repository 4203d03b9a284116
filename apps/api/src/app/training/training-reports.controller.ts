import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { SessionUser, TrainingReport } from '@prgauge/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Can } from '../auth/auth.decorators';
import { ParseDayPipe } from './parse-day.pipe';
import { XLSX_TYPE } from '../common/uploads/file-type';
import { trainingReportWorkbook } from './training-report-workbook';
import { TrainingReportsService } from './training-reports.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('training')
@Controller('training/reports')
@ApiQuery({ name: 'from', required: false, description: 'First day; 1 January of this year by default' })
@ApiQuery({ name: 'to', required: false, description: 'Last day; 31 December of this year by default' })
@ApiQuery({ name: 'regionId', required: false, description: 'National admins only; all regions by default' })
@ApiQuery({
  name: 'committeeId',
  required: false,
  description:
    "Only the events this committee organised, in the committee's region; another region's answers 404",
})
export class TrainingReportsController {
  constructor(private readonly reports: TrainingReportsService) {}

  @Get()
  @Can('training.report.read')
  @ApiOperation({
    summary:
      'Person-hours, attendances and people trained by topic, audience, agency, committee and month; gaps, trainers, rates',
  })
  @Responds(200, 'TrainingReport')
  report(
    @CurrentUser() user: SessionUser,
    @Query('from', new ParseDayPipe('from')) from?: string,
    @Query('to', new ParseDayPipe('to')) to?: string,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('committeeId', new ParseIdPipe({ optional: true })) committeeId?: string,
  ): Promise<TrainingReport> {
    return this.reports.report(user, { from, to, regionId, committeeId });
  }

  @Get('export')
  @Can('training.report.read')
  @ApiOperation({ summary: 'The same report as an XLSX workbook' })
  @Responds(200, { contentType: XLSX_TYPE, description: 'The report as an XLSX workbook' })
  @ApiProduces(XLSX_TYPE)
  async exportReport(
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('from', new ParseDayPipe('from')) from?: string,
    @Query('to', new ParseDayPipe('to')) to?: string,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('committeeId', new ParseIdPipe({ optional: true })) committeeId?: string,
  ): Promise<Buffer> {
    const report = await this.reports.report(user, { from, to, regionId, committeeId });
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="training-${report.from}-${report.to}.xlsx"`);
    return trainingReportWorkbook(report, user.locale ?? 'ru');
  }
}
