import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Locale } from '@prgauge/contracts';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { Can, CurrentActor } from '../../auth/auth.decorators';
import { type Environment, publicUrlOf } from '../../config/environment';
import { ENVIRONMENT } from '../../config/environment.token';
import { Responds } from '../../common/openapi/responds.decorator';
import { ParseLocalePipe } from '../../common/parse-locale.pipe';
import { cleanFileName } from '../../common/uploads/file-name';
import { XLSX_TYPE } from '../../common/uploads/file-type';
import { CycleDataExportService, type DataExportFile } from './cycle-data-export.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

const CSV_TYPE = 'text/csv; charset=utf-8';
const COLUMNS =
  'One row per agency × indicator. The first four columns are the value import’s long format, agency_code, indicator_key, value, comment, with values exactly as stored (yes/no as 1/0); then agency_name, indicator_title, unit, submission_status, review_comments and evidence (file names with their download links, and links).';

@ApiTags('submissions')
@Controller('cycles/:cycleId')
export class CycleDataExportController {
  constructor(
    private readonly exports: CycleDataExportService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Get('data.xlsx')
  @Can('cycle.data.export')
  @ApiOperation({
    summary:
      "A cycle's full data as XLSX: the agencies' values, the evaluators' ratings, states, comments, evidence",
    description: COLUMNS,
  })
  @ApiQuery({ name: 'lang', required: false, enum: ['ru', 'kk', 'fa', 'en'] })
  @Responds(200, { contentType: XLSX_TYPE, description: 'The cycle’s data as an XLSX workbook' })
  async xlsx(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('lang', new ParseLocalePipe()) lang?: Locale,
  ): Promise<Buffer> {
    const file = await this.exports.export(cycleId, actor.user, 'xlsx', publicUrlOf(this.env), lang);
    return send(reply, file, XLSX_TYPE, 'xlsx');
  }

  @Get('data.csv')
  @Can('cycle.data.export')
  @ApiOperation({
    summary: "A cycle's values as CSV in UTF-8 with a byte-order mark: the indicators agencies fill",
    description: COLUMNS,
  })
  @ApiQuery({ name: 'lang', required: false, enum: ['ru', 'kk', 'fa', 'en'] })
  @Responds(200, { contentType: 'text/csv', description: 'The cycle’s values as CSV' })
  async csv(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('lang', new ParseLocalePipe()) lang?: Locale,
  ): Promise<Buffer> {
    const file = await this.exports.export(cycleId, actor.user, 'csv', publicUrlOf(this.env), lang);
    return send(reply, file, CSV_TYPE, 'csv');
  }
}

function send(reply: FastifyReply, file: DataExportFile, type: string, extension: string): Buffer {
  void reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(cleanFileName(file.fileName, extension)));
  return file.content;
}
