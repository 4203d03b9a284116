import { applyDecorators, Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { JobView, Page, SessionUser } from '@prgauge/contracts';
import type { FastifyReply } from 'fastify';
import { Can, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { sendDownload } from '../common/uploads/send-download';
import { JobsService } from './jobs.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

/** What a job's result may be: a report (PDF, or a zip of PDFs), a workbook or a CSV file. */
export const JOB_RESULT_TYPES = {
  'application/pdf': 'A report',
  'application/zip': 'Several reports in one archive',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'A workbook',
  'text/csv': 'A CSV file',
} as const;

/** Documents the result download under each of its content types. */
function RespondsWithJobResult(): MethodDecorator {
  const binary = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    ApiProduces(...Object.keys(JOB_RESULT_TYPES)),
    ApiResponse({
      status: 200,
      description: "The job's file, as an attachment: " + Object.values(JOB_RESULT_TYPES).join(', '),
      content: Object.fromEntries(Object.keys(JOB_RESULT_TYPES).map((type) => [type, binary])),
    }),
  );
}

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Can('job.read')
  @ApiOperation({
    summary: "Background jobs one asked for, newest first (a director: the region's; a national admin: all)",
  })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'JobView' })
  list(@CurrentUser() user: SessionUser, @PageParams() page: PageWindow): Promise<Page<JobView>> {
    return this.jobs.list(user, page);
  }

  @Get(':jobId')
  @Can('job.read')
  @ApiOperation({ summary: "A background job's state and progress" })
  @Responds(200, 'JobView')
  get(@Param('jobId', ParseIdPipe) jobId: string, @CurrentUser() user: SessionUser): Promise<JobView> {
    return this.jobs.get(jobId, user);
  }

  @Get(':jobId/result')
  @Can('job.read')
  @ApiOperation({
    summary: "Download a finished job's file (409 job.not_done until it is done)",
  })
  @RespondsWithJobResult()
  async result(
    @Param('jobId', ParseIdPipe) jobId: string,
    @CurrentUser() user: SessionUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.jobs.result(jobId, user);
    await sendDownload(reply, { fileName: file.fileName, mediaType: file.contentType, content: file.bytes });
  }
}
