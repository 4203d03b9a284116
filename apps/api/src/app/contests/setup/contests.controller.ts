import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ContestView, SessionUser } from '@prgauge/contracts';
import { Responds } from '../../common/openapi/responds.decorator';
import type { Actor } from '../../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../../auth/auth.decorators';
import { ContestsService } from './contests.service';
import { CreateContestDto, UpdateContestDto } from './dto/contest.dto';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller('contests')
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  // Jurors and voters too: they reach only routes that name their role, and they need to find their contest.
  @Get()
  @Can('contest.read')
  @ApiOperation({ summary: "Contests of the caller's region; drafts only for organisers" })
  @Responds(200, { arrayOf: 'ContestView' })
  list(@CurrentUser() user: SessionUser): Promise<ContestView[]> {
    return this.contests.list(user);
  }

  @Post()
  @Can('contest.create')
  @ApiOperation({
    summary: 'Set up a contest; directors in their own region, national admins name the regions',
  })
  @Responds(201, 'ContestView')
  create(@Body() body: CreateContestDto, @CurrentActor() actor: Actor): Promise<ContestView> {
    return this.contests.create(body, actor);
  }

  @Get(':contestId')
  @Can('contest.read')
  @ApiOperation({ summary: 'One contest with its nominations and phase' })
  @Responds(200, 'ContestView')
  get(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ContestView> {
    return this.contests.get(contestId, user);
  }

  @Patch(':contestId')
  @Can('contest.update')
  @ApiOperation({
    summary: 'Change a contest and its dates; a stale version gets 409 with the current record',
  })
  @Responds(200, 'ContestView')
  update(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Body() body: UpdateContestDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContestView> {
    return this.contests.update(contestId, body, actor);
  }
}
