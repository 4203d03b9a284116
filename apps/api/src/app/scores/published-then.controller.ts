import { Body, Controller, Param, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublishedThenResult } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { ApiFileUpload } from '../common/uploads/api-file-upload';
import { readOneFile } from '../common/uploads/read-upload';
import { PUBLISHED_THEN_UPLOAD, parsePublishedThenFile } from './published-then-file';
import { PublishedThenService } from './published-then.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('scores')
@Controller('cycles/:cycleId/published-then')
export class PublishedThenController {
  constructor(private readonly publishedThen: PublishedThenService) {}

  @Put()
  @Can('cycle.publish')
  @ApiOperation({
    summary:
      'Give a cycle of imported history the totals and ranks published at the time (columns agency_code, total, rank), replacing any given before; shown beside the recomputation',
  })
  @ApiFileUpload(PUBLISHED_THEN_UPLOAD)
  @Responds(200, 'PublishedThenResult')
  async replace(
    @Param('cycleId', ParseIdPipe) cycleId: string,
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<PublishedThenResult> {
    const file = await readOneFile(request, PUBLISHED_THEN_UPLOAD, body);
    const parsed = await parsePublishedThenFile(file.kind === 'xlsx' ? 'xlsx' : 'csv', file.content);
    return this.publishedThen.replace(cycleId, parsed, actor);
  }
}
