import { Body, Controller, Get, Param, ParseEnumPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FILE_DOWNLOAD, Responds } from '../../common/openapi/responds.decorator';
import {
  SCREENING_STATUSES,
  type ApplicationView,
  type Page,
  type ScreeningStatus,
  type SessionUser,
} from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../../auth/auth.decorators';
import { ApiPageQuery, PageParams, type PageWindow } from '../../common/paging';
import { ApiFileUpload } from '../../common/uploads/api-file-upload';
import { readOneFile } from '../../common/uploads/read-upload';
import { sendDownload } from '../../common/uploads/send-download';
import { ATTACHMENT_UPLOAD } from './application-filing';
import { ApplicationsService } from './applications.service';
import { FileApplicationDto, ScreenApplicationDto, VerifyMeasureDto } from './dto/application.dto';
import { ParseIdPipe } from '../../common/parse-id.pipe';

const SCREENING = Object.fromEntries(SCREENING_STATUSES.map((s) => [s, s]));

@ApiTags('contests')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('contests/:contestId/applications')
  @Can('contest.application.file')
  @ApiOperation({ summary: 'File an application while applications are open (409 otherwise)' })
  @Responds(201, 'ApplicationView')
  file(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Body() body: FileApplicationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationView> {
    return this.applications.file(contestId, body, actor);
  }

  @Get('contests/:contestId/applications')
  @Can('contest.application.read')
  @ApiOperation({ summary: 'Applications: all of them for organisers, their own for filers' })
  @ApiQuery({
    name: 'nominationId',
    required: false,
    description: 'Only applications entering this nomination',
  })
  @ApiQuery({ name: 'screening', required: false, enum: SCREENING_STATUSES })
  @ApiQuery({
    name: 'search',
    required: false,
    description:
      "Part of the candidate's name or organisation or of the project's title, matched as people type",
  })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'ApplicationView' })
  list(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('nominationId', new ParseIdPipe({ optional: true })) nominationId?: string,
    @Query('screening', new ParseEnumPipe(SCREENING, { optional: true })) screening?: ScreeningStatus,
    @Query('search') search?: string,
  ): Promise<Page<ApplicationView>> {
    return this.applications.list(
      contestId,
      user,
      { nominationId, screening, search: search?.slice(0, 100) },
      page,
    );
  }

  @Post('contest-applications/:applicationId/screening')
  @Can('contest.application.screen')
  @ApiOperation({ summary: 'Accept an application, or reject it with a reason' })
  @Responds(201, 'ApplicationView')
  screen(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() body: ScreenApplicationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationView> {
    return this.applications.screen(applicationId, body, actor);
  }

  @Put('contest-applications/:applicationId/measures')
  @Can('contest.application.screen')
  @ApiOperation({
    summary:
      "Verify an applicant's stated value of a measured criterion (null withdraws it); 409 on a stale version",
  })
  @Responds(200, 'ApplicationView')
  verifyMeasure(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() body: VerifyMeasureDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationView> {
    return this.applications.verifyMeasure(applicationId, body, actor);
  }

  @Post('contest-applications/:applicationId/attachments')
  @Can('contest.application.attach')
  @ApiOperation({ summary: 'Attach a PDF, image or office document (up to 10 MB) to an application' })
  @Responds(201, 'ApplicationView')
  @ApiFileUpload(ATTACHMENT_UPLOAD)
  async attach(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationView> {
    return this.applications.attach(applicationId, await readOneFile(request, ATTACHMENT_UPLOAD), actor);
  }

  @Get('contest-attachments/:attachmentId/content')
  @Can('contest.attachment.read')
  @ApiOperation({ summary: "Download an application's file" })
  @Responds(200, FILE_DOWNLOAD)
  async download(
    @Param('attachmentId', ParseIdPipe) attachmentId: string,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(reply, await this.applications.attachment(attachmentId, user));
  }
}
