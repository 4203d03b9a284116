import '@fastify/multipart';
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EvidenceView } from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { EvidenceLinkDto } from './dto/evidence-link.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('submissions/:submissionId/evidence')
  @Roles('agency_editor', 'director')
  @ApiOperation({
    summary: 'Upload an evidence file (PDF, image or office document, up to 10 MB) for one indicator',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['indicator', 'file'],
      properties: { indicator: { type: 'string' }, file: { type: 'string', format: 'binary' } },
    },
  })
  async upload(
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView> {
    if (!request.isMultipart())
      throw new BadRequestException(
        'Send the file as multipart/form-data with the fields indicator and file',
      );
    const part = await request.file();
    if (!part)
      throw new BadRequestException({
        message: 'No file was sent',
        details: [{ field: 'file', code: 'field.required', problems: ['is required'] }],
      });
    const content = await part.toBuffer();
    const indicator = part.fields['indicator'];
    const value = indicator && 'value' in indicator ? String(indicator.value) : undefined;
    return this.evidence.upload(submissionId, { fileName: part.filename, indicator: value, content }, actor);
  }

  @Post('submissions/:submissionId/evidence/links')
  @Roles('agency_editor', 'director')
  @ApiOperation({ summary: 'Attach a link as evidence for one indicator' })
  link(
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @Body() body: EvidenceLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView> {
    return this.evidence.link(submissionId, body, actor);
  }

  @Get('evidence/:evidenceId/content')
  @ApiOperation({ summary: 'Download an evidence file' })
  async download(
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.evidence.content(evidenceId, actor);
    await reply
      .header('content-type', file.mediaType ?? 'application/octet-stream')
      .header(
        'content-disposition',
        `attachment; filename="${encodeURIComponent(file.fileName ?? 'evidence')}"`,
      )
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  }

  @Delete('evidence/:evidenceId')
  @HttpCode(204)
  @Roles('agency_editor', 'director')
  @ApiOperation({ summary: 'Remove evidence while the submission is editable' })
  remove(
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.evidence.remove(evidenceId, actor);
  }
}
