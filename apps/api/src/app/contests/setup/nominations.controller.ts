import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { NominationView } from '@prgauge/contracts';
import type { Actor } from '../../auth/actor';
import { CurrentActor, Can } from '../../auth/auth.decorators';
import { CreateNominationDto, UpdateNominationDto } from './dto/contest.dto';
import { NominationsService } from './nominations.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller()
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post('contests/:contestId/nominations')
  @Can('contest.nomination.manage')
  @ApiOperation({
    summary: 'Add a nomination with its places, criteria and scoring mode, before judging starts',
  })
  @Responds(201, 'NominationView')
  add(
    @Param('contestId', ParseIdPipe) contestId: string,
    @Body() body: CreateNominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationView> {
    return this.nominations.add(contestId, body, actor);
  }

  @Patch('nominations/:nominationId')
  @Can('contest.nomination.manage')
  @ApiOperation({
    summary: 'Change a nomination before judging and voting start (409 after, or on a stale version)',
  })
  @Responds(200, 'NominationView')
  update(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @Body() body: UpdateNominationDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationView> {
    return this.nominations.update(nominationId, body, actor);
  }

  @Delete('nominations/:nominationId')
  @Can('contest.nomination.manage')
  @ApiOperation({ summary: 'Delete a nomination that has no applications (409 otherwise); answers 204' })
  @Responds(204)
  @HttpCode(204)
  remove(
    @Param('nominationId', ParseIdPipe) nominationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.nominations.remove(nominationId, actor);
  }
}
