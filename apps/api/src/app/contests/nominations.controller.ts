import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ContestView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, Can } from '../auth/auth.decorators';
import { CreateNominationDto, UpdateNominationDto } from './dto/contest.dto';
import { NominationsService } from './nominations.service';

@ApiTags('contests')
@Controller()
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post('contests/:contestId/nominations')
  @Can('contest.nomination.manage')
  @ApiOperation({
    summary: 'Add a nomination with its places, criteria and scoring mode, before judging starts',
  })
  add(
    @Param('contestId', ParseUUIDPipe) contestId: string,
    @Body() body: CreateNominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContestView> {
    return this.nominations.add(contestId, body, actor);
  }

  @Patch('nominations/:nominationId')
  @Can('contest.nomination.manage')
  @ApiOperation({
    summary: 'Change a nomination before judging and voting start (409 after, or on a stale version)',
  })
  update(
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() body: UpdateNominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContestView> {
    return this.nominations.update(nominationId, body, actor);
  }

  @Delete('nominations/:nominationId')
  @Can('contest.nomination.manage')
  @ApiOperation({ summary: 'Delete a nomination that has no applications (409 otherwise)' })
  remove(
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContestView> {
    return this.nominations.remove(nominationId, actor);
  }
}
