import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import {
  TRAINING_AUDIENCES,
  TRAINING_FORMATS,
  type Page,
  type SessionUser,
  type TrainingAudience,
  type TrainingEventView,
} from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { CreateTrainingEventDto, UpdateTrainingEventDto } from './dto/training-event.dto';
import { ParseDayPipe } from './parse-day.pipe';
import { TrainingEventsService } from './training-events.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

const AUDIENCE = Object.fromEntries(TRAINING_AUDIENCES.map((a) => [a, a]));

@ApiTags('training')
@Controller('training/events')
export class TrainingEventsController {
  constructor(private readonly events: TrainingEventsService) {}

  @Get()
  @Can('training.event.read')
  @ApiOperation({ summary: "The region's training events with their figures, newest first" })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  @ApiQuery({ name: 'topicId', required: false })
  @ApiQuery({ name: 'audience', required: false, enum: TRAINING_AUDIENCES })
  @ApiQuery({ name: 'committeeId', required: false })
  @ApiQuery({ name: 'programmeId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'Events starting on or after this day' })
  @ApiQuery({ name: 'to', required: false, description: 'Events starting on or before this day' })
  @ApiQuery({
    name: 'search',
    required: false,
    description: 'Part of the title, the place or a trainer, matched as people type (see `@prgauge/text`)',
  })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'TrainingEventView' })
  list(
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('topicId', new ParseIdPipe({ optional: true })) topicId?: string,
    @Query('audience', new ParseEnumPipe(AUDIENCE, { optional: true })) audience?: TrainingAudience,
    @Query('committeeId', new ParseIdPipe({ optional: true })) committeeId?: string,
    @Query('programmeId', new ParseIdPipe({ optional: true })) programmeId?: string,
    @Query('from', new ParseDayPipe('from')) from?: string,
    @Query('to', new ParseDayPipe('to')) to?: string,
    @Query('search') search?: string,
  ): Promise<Page<TrainingEventView>> {
    return this.events.list(
      user,
      { regionId, topicId, audience, committeeId, programmeId, from, to, search: search?.slice(0, 100) },
      page,
    );
  }

  @Post()
  @Can('training.event.manage')
  @ApiOperation({ summary: 'Record a training event' })
  @Responds(201, 'TrainingEventView')
  create(@Body() body: CreateTrainingEventDto, @CurrentActor() actor: Actor): Promise<TrainingEventView> {
    return this.events.create(body, actor);
  }

  @Get(':eventId')
  @Can('training.event.read')
  @ApiOperation({ summary: 'One training event with its figures' })
  @Responds(200, 'TrainingEventView')
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<TrainingEventView> {
    return this.events.get(eventId, user);
  }

  @Patch(':eventId')
  @Can('training.event.manage')
  @ApiOperation({ summary: 'Change an event; a stale version gets 409 with the current record' })
  @Responds(200, 'TrainingEventView')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: UpdateTrainingEventDto,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingEventView> {
    return this.events.update(eventId, body, actor);
  }

  @Delete(':eventId')
  @Can('training.event.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an event and its register' })
  @Responds(204)
  remove(@Param('eventId', ParseIdPipe) eventId: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.events.remove(eventId, actor);
  }
}
