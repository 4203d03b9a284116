import { Body, Controller, Get, Param, Patch, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ApplicantApplicationView } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import { Can } from '../../auth/auth.decorators';
import { Public } from '../../auth/public.decorator';
import { Responds } from '../../common/openapi/responds.decorator';
import { ApplicantLinkService } from './applicant-link.service';
import { UpdateApplicationByLinkDto } from './dto/applicant-link.dto';

const TOKEN_PARAM = {
  name: 'token',
  description: 'The private link key given once on filing (`PublicApplicationReceipt.accessToken`)',
};

/** The applicant's private link: read the application and its state, edit it while applications are open. */
@ApiTags('contests')
@Controller('public/application-links')
export class ApplicantLinkController {
  constructor(private readonly links: ApplicantLinkService) {}

  @Get(':token')
  @Can('contest.application.follow_link')
  @Public()
  @ApiOperation({
    summary:
      'An applicant reads their application, its screening, the phase and, once published, its places (404 for a wrong link; limited per address, 429)',
  })
  @ApiParam(TOKEN_PARAM)
  @Responds(200, 'ApplicantApplicationView')
  read(@Param('token') token: string, @Req() request: FastifyRequest): Promise<ApplicantApplicationView> {
    return this.links.read(token, request.ip);
  }

  @Patch(':token')
  @Can('contest.application.follow_link')
  @Public()
  @ApiOperation({
    summary:
      'An applicant edits their application while applications are open (409 after the close or on a stale version)',
  })
  @ApiParam(TOKEN_PARAM)
  @Responds(200, 'ApplicantApplicationView')
  edit(
    @Param('token') token: string,
    @Body() body: UpdateApplicationByLinkDto,
    @Req() request: FastifyRequest,
  ): Promise<ApplicantApplicationView> {
    return this.links.edit(token, body, request.ip);
  }
}
