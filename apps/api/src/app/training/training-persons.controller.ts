import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { DoubtfulPersonPair, SessionUser, TrainingPersonView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { KeepPersonsApartDto, MergePersonsDto } from './dto/training-person.dto';
import { TrainingPersonsService } from './training-persons.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('training')
@Controller('training/persons')
export class TrainingPersonsController {
  constructor(private readonly persons: TrainingPersonsService) {}

  @Get('doubtful')
  @Can('training.attendance.manage')
  @ApiOperation({
    summary: 'Participants with the same name and a different or missing organisation: merge or keep apart',
  })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only; required for them' })
  @Responds(200, { arrayOf: 'DoubtfulPersonPair' })
  doubtful(
    @CurrentUser() user: SessionUser,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
  ): Promise<DoubtfulPersonPair[]> {
    return this.persons.doubtful(user, regionId);
  }

  @Post(':personId/merge')
  @Can('training.attendance.manage')
  @ApiOperation({
    summary: 'Merge the other person into this one: their rows count for this person from now on',
  })
  @Responds(201, 'TrainingPersonView')
  merge(
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: MergePersonsDto,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingPersonView> {
    return this.persons.merge(personId, body, actor);
  }

  @Post(':personId/keep-apart')
  @Can('training.attendance.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Record that the pair is two people; it is no longer offered for merging' })
  @Responds(204)
  keepApart(
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: KeepPersonsApartDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.persons.keepApart(personId, body.otherPersonId, actor);
  }
}
