import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { ProgrammeTotalsView, SessionUser, TrainingProgrammeView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { CreateTrainingProgrammeDto, UpdateTrainingProgrammeDto } from './dto/training-programme.dto';
import { ProgrammesService } from './programmes.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('training')
@Controller('training/programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @Can('training.programme.read')
  @ApiOperation({ summary: 'Programmes with totals: every region for a national admin, one’s own otherwise' })
  @Responds(200, { arrayOf: 'ProgrammeTotalsView' })
  list(@CurrentUser() user: SessionUser): Promise<ProgrammeTotalsView[]> {
    return this.programmes.list(user);
  }

  @Post()
  @Can('training.programme.manage')
  @ApiOperation({ summary: 'Set up a national programme' })
  @Responds(201, 'TrainingProgrammeView')
  create(
    @Body() body: CreateTrainingProgrammeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingProgrammeView> {
    return this.programmes.create(body, actor);
  }

  @Get(':programmeId')
  @Can('training.programme.read')
  @ApiOperation({ summary: 'One programme with its totals per region' })
  @Responds(200, 'ProgrammeTotalsView')
  get(
    @Param('programmeId', ParseIdPipe) programmeId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ProgrammeTotalsView> {
    return this.programmes.get(programmeId, user);
  }

  @Patch(':programmeId')
  @Can('training.programme.manage')
  @ApiOperation({ summary: 'Change a programme; a stale version gets 409 with the current record' })
  @Responds(200, 'TrainingProgrammeView')
  update(
    @Param('programmeId', ParseIdPipe) programmeId: string,
    @Body() body: UpdateTrainingProgrammeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingProgrammeView> {
    return this.programmes.update(programmeId, body, actor);
  }

  @Delete(':programmeId')
  @Can('training.programme.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a programme; its events stay, outside any programme' })
  @Responds(204)
  remove(
    @Param('programmeId', ParseIdPipe) programmeId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.programmes.remove(programmeId, actor);
  }
}
