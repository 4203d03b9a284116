import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { SessionUser, TrainingTopicView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { CreateTrainingTopicDto, UpdateTrainingTopicDto } from './dto/training-topic.dto';
import { TrainingTopicsService } from './training-topics.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('training')
@Controller('training/topics')
export class TrainingTopicsController {
  constructor(private readonly topics: TrainingTopicsService) {}

  @Get()
  @Can('training.topic.read')
  @ApiOperation({ summary: "The region's training topics, retired ones included" })
  @Responds(200, { arrayOf: 'TrainingTopicView' })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  list(
    @CurrentUser() user: SessionUser,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
  ): Promise<TrainingTopicView[]> {
    return this.topics.list(user, regionId);
  }

  @Post()
  @Can('training.topic.manage')
  @ApiOperation({ summary: 'Add a topic to the region’s list' })
  @Responds(201, 'TrainingTopicView')
  create(@Body() body: CreateTrainingTopicDto, @CurrentActor() actor: Actor): Promise<TrainingTopicView> {
    return this.topics.create(body, actor);
  }

  @Patch(':topicId')
  @Can('training.topic.manage')
  @ApiOperation({ summary: 'Rename or retire a topic' })
  @Responds(200, 'TrainingTopicView')
  update(
    @Param('topicId', ParseIdPipe) topicId: string,
    @Body() body: UpdateTrainingTopicDto,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingTopicView> {
    return this.topics.update(topicId, body, actor);
  }
}
