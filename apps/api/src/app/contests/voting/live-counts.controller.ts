import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { LiveCounts } from '@prgauge/contracts';
import { Public } from '../../auth/public.decorator';
import { LiveCountsService } from './live-counts.service';
import { Can } from '../../auth/auth.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller('public/contests')
export class LiveCountsController {
  constructor(private readonly liveCounts: LiveCountsService) {}

  @Get(':contestId/live-counts')
  @Can('contest.public.read')
  @Public()
  @ApiOperation({
    summary:
      'Running vote counts, when the organisers turned live counts on or results are out (409 otherwise)',
  })
  @Responds(200, 'LiveCounts')
  counts(@Param('contestId', ParseIdPipe) contestId: string): Promise<LiveCounts> {
    return this.liveCounts.counts(contestId);
  }
}
