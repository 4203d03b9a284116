import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FILE_DOWNLOAD, Responds } from '../common/openapi/responds.decorator';
import type { EvidenceView } from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, Can } from '../auth/auth.decorators';
import { ApiFileUpload } from '../common/uploads/api-file-upload';
import { readOneFile } from '../common/uploads/read-upload';
import { sendDownload } from '../common/uploads/send-download';
import { EvidenceLinkDto } from './dto/evidence-link.dto';
import { EVIDENCE_UPLOAD, EvidenceService } from './evidence.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('submissions/:submissionId/evidence')
  @Can('submission.evidence.manage')
  @ApiOperation({
    summary: 'Upload an evidence file (PDF, image or office document, up to 10 MB) for one indicator',
  })
  @Responds(201, 'EvidenceView')
  @ApiFileUpload(EVIDENCE_UPLOAD, ['indicator'])
  async upload(
    @Param('submissionId', ParseIdPipe) submissionId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView> {
    const { fields, ...file } = await readOneFile(request, EVIDENCE_UPLOAD);
    return this.evidence.upload(submissionId, fields['indicator'], file, actor);
  }

  @Post('submissions/:submissionId/evidence/links')
  @Can('submission.evidence.manage')
  @ApiOperation({ summary: 'Attach a link as evidence for one indicator' })
  @Responds(201, 'EvidenceView')
  link(
    @Param('submissionId', ParseIdPipe) submissionId: string,
    @Body() body: EvidenceLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView> {
    return this.evidence.link(submissionId, body, actor);
  }

  @Get('evidence/:evidenceId/content')
  @Can('submission.read')
  @ApiOperation({ summary: 'Download an evidence file' })
  @Responds(200, FILE_DOWNLOAD)
  async download(
    @Param('evidenceId', ParseIdPipe) evidenceId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.evidence.content(evidenceId, actor);
    await sendDownload(reply, {
      fileName: file.fileName ?? 'evidence',
      mediaType: file.mediaType ?? 'application/octet-stream',
      content: file.content ?? Buffer.alloc(0),
    });
  }

  @Delete('evidence/:evidenceId')
  @HttpCode(204)
  @Can('submission.evidence.manage')
  @ApiOperation({ summary: 'Remove evidence while the submission is editable' })
  @Responds(204)
  remove(@Param('evidenceId', ParseIdPipe) evidenceId: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.evidence.remove(evidenceId, actor);
  }
}
