import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { ContestView } from '@prgauge/contracts';
import { Public } from '../../auth/public.decorator';
import { PublicContestsService } from './public-contests.service';
import { Can } from '../../auth/auth.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller('public')
export class PublicContestsController {
  constructor(private readonly contests: PublicContestsService) {}

  @Get('open-contests')
  @Can('contest.public.read')
  @Public()
  @ApiOperation({ summary: 'Announced contests before their results: to apply, register to vote or follow' })
  @Responds(200, { arrayOf: 'ContestView' })
  open(): Promise<ContestView[]> {
    return this.contests.open();
  }

  @Get('contests/:contestId')
  @Can('contest.public.read')
  @Public()
  @ApiOperation({ summary: 'One announced contest with its dates and nominations; drafts answer 404' })
  @Responds(200, 'ContestView')
  get(@Param('contestId', ParseIdPipe) contestId: string): Promise<ContestView> {
    return this.contests.get(contestId);
  }
}
