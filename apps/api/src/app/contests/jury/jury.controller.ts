import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { JurorTask, JurorView, JuryProgressRow, SessionUser } from '@prgauge/contracts';
import type { Actor } from '../../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../../auth/auth.decorators';
import { AssignJurorDto, DeclareConflictDto, ScoreSheetDto } from './dto/jury.dto';
import { JuryService } from './jury.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller()
export class JuryController {
  constructor(private readonly jury: JuryService) {}

  @Post('nominations/:nominationId/jurors')
  @Can('contest.jury.manage')
  @ApiOperation({ summary: 'Seat a juror account on a nomination, with the organisation they work for' })
  @Responds(201, 'JurorView')
  assign(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @Body() body: AssignJurorDto,
    @CurrentActor() actor: Actor,
  ): Promise<JurorView> {
    return this.jury.assign(nominationId, body, actor);
  }

  @Delete('nominations/:nominationId/jurors/:userId')
  @Can('contest.jury.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a juror off a nomination before results; their sheets there stop counting' })
  @Responds(204)
  unassign(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.jury.unassign(nominationId, userId, actor);
  }

  @Get('contests/:contestId/jury-progress')
  @Can('contest.jury.progress')
  @ApiOperation({ summary: 'How many applications each juror has scored, without the scores' })
  @Responds(200, { arrayOf: 'JuryProgressRow' })
  progress(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<JuryProgressRow[]> {
    return this.jury.progress(contestId, user);
  }

  @Get('contests/:contestId/my-score-sheets')
  @Can('contest.judge')
  @ApiOperation({ summary: "The juror's applications to score and their own sheets; conflicts left out" })
  @Responds(200, { arrayOf: 'JurorTask' })
  tasks(
    @Param('contestId', ParseIdPipe) contestId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<JurorTask[]> {
    return this.jury.tasks(contestId, user);
  }

  @Post('contest-applications/:applicationId/conflicts')
  @Can('contest.judge')
  @HttpCode(204)
  @ApiOperation({ summary: 'Declare a conflict of interest: the juror no longer scores this application' })
  @Responds(204)
  declare(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() body: DeclareConflictDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.jury.declareConflict(applicationId, body, actor);
  }

  @Put('nominations/:nominationId/applications/:applicationId/score-sheet')
  @Can('contest.judge')
  @ApiOperation({ summary: 'Save a score sheet during judging (409 outside it)' })
  @Responds(200, 'JurorTask')
  saveSheet(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() body: ScoreSheetDto,
    @CurrentActor() actor: Actor,
  ): Promise<JurorTask> {
    return this.jury.saveSheet(nominationId, applicationId, body, actor);
  }
}
