import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { VALUE_TEMPLATE_LANGS, type ValueImportResult } from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { ApiFileUpload } from '../common/uploads/api-file-upload';
import { XLSX_TYPE } from '../common/uploads/file-type';
import { ValueImportService } from './value-import.service';
import { readValueUpload, VALUE_UPLOAD } from './value-upload';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('value-import')
@Controller('cycles/:cycleId/value-import')
export class ValueImportController {
  constructor(private readonly imports: ValueImportService) {}

  @Get('template.xlsx')
  @Can('cycle.values.import')
  @ApiOperation({
    summary:
      "The cycle's value template: a row per agency (an editor's own only), a column per indicator agencies fill, current values filled in, and the framework on a second sheet",
  })
  @ApiQuery({ name: 'lang', required: false, enum: VALUE_TEMPLATE_LANGS, description: 'Russian by default' })
  @Responds(200, { contentType: XLSX_TYPE, description: 'The template as an XLSX workbook' })
  @ApiProduces(XLSX_TYPE)
  async template(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('lang') lang?: string,
  ): Promise<Buffer> {
    const cycle = await this.imports.cycleFor(cycleId, actor);
    const workbook = await this.imports.template(cycle, lang, actor);
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="values-${cycleId}.xlsx"`);
    return workbook;
  }

  @Post()
  @Can('cycle.values.import')
  @ApiOperation({
    summary:
      'Check a file of values (mode=dry_run) or save them as drafts in one transaction (mode=apply, with the fingerprint of the dry run and the ticked overwrite keys)',
  })
  @ApiFileUpload(VALUE_UPLOAD, ['mode'])
  @Responds(201, 'ValueImportResult')
  async upload(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ValueImportResult> {
    // The cycle first: another region's cycle is 404 whatever the body holds.
    const cycle = await this.imports.cycleFor(cycleId, actor);
    const { file, request: asked } = await readValueUpload(request);
    return this.imports.run(cycle, file, asked, actor);
  }
}
