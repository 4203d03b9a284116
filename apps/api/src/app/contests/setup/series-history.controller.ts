import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SeriesYearView, SessionUser } from '@prgauge/contracts';
import type { Actor } from '../../auth/actor';
import { Can, CurrentActor, CurrentUser } from '../../auth/auth.decorators';
import { Responds } from '../../common/openapi/responds.decorator';
import { SeriesYearDto } from './dto/series-year.dto';
import { SeriesHistoryService } from './series-history.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller('contests/:contestId/series-history')
export class SeriesHistoryController {
  constructor(private readonly history: SeriesHistoryService) {}

  @Get()
  @Can('contest.update')
  @ApiOperation({ summary: "The earlier years of the contest's series entered as figures, oldest first" })
  @Responds(200, { arrayOf: 'SeriesYearView' })
  list(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<SeriesYearView[]> {
    return this.history.list(contestId, user);
  }

  @Put(':year')
  @Can('contest.update')
  @ApiOperation({
    summary:
      'Enter or change the figures of an earlier year of the series (participants, applications, winners); ' +
      '400 for a year held here or not before the contest, 409 on a stale version',
  })
  @Responds(200, 'SeriesYearView')
  set(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Param('year') year: string,
    @Body() body: SeriesYearDto,
    @CurrentActor() actor: Actor,
  ): Promise<SeriesYearView> {
    return this.history.set(contestId, year, body, actor);
  }

  @Delete(':year')
  @Can('contest.update')
  @ApiOperation({ summary: 'Remove the figures entered for an earlier year of the series; answers 204' })
  @Responds(204)
  @HttpCode(204)
  remove(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Param('year') year: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.history.remove(contestId, year, actor);
  }
}
