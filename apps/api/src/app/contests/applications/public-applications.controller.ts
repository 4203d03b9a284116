import { Body, Controller, Headers, Param, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { ApplicationView, PublicApplicationReceipt } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../auth/public.decorator';
import { ApiFileUpload } from '../../common/uploads/api-file-upload';
import { readOneFile } from '../../common/uploads/read-upload';
import { ATTACHMENT_UPLOAD } from './application-filing';
import { PublicApplicationDto } from './dto/application.dto';
import { PublicApplicationsService } from './public-applications.service';
import { Can } from '../../auth/auth.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller('public')
export class PublicApplicationsController {
  constructor(private readonly applications: PublicApplicationsService) {}

  @Post('contests/:contestId/applications')
  @Can('contest.application.file_public')
  @Public()
  @ApiOperation({
    summary:
      'A candidate applies without an account while applications are open (409 otherwise); limited per address (429)',
  })
  @Responds(201, 'PublicApplicationReceipt')
  file(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Body() body: PublicApplicationDto,
    @Req() request: FastifyRequest,
  ): Promise<PublicApplicationReceipt> {
    return this.applications.file(contestId, body, request.ip);
  }

  @Post('contest-applications/:applicationId/attachments')
  @Can('contest.application.file_public')
  @Public()
  @ApiOperation({
    summary: 'Attach a file to an application filed without an account, with its upload token',
  })
  @Responds(201, 'ApplicationView')
  @ApiHeader({ name: 'x-upload-token', required: true })
  @ApiFileUpload(ATTACHMENT_UPLOAD)
  async attach(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Headers('x-upload-token') token: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationView> {
    return this.applications.attach(applicationId, token, await readOneFile(request, ATTACHMENT_UPLOAD));
  }
}
