import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import type {
  CycleFramework,
  CycleView,
  ExtensionView,
  Page,
  PublishSummary,
  SessionUser,
} from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { CycleLifecycleService } from './cycle-lifecycle.service';
import { CyclesService } from './cycles.service';
import { CreateCycleDto } from './dto/create-cycle.dto';
import { GrantExtensionDto } from './dto/extension.dto';
import { PutFrameworkDto, ReopenCycleDto, UpdateCycleDto } from './dto/update-cycle.dto';
import { ParseIdPipe } from '../common/parse-id.pipe';

const Id = () => Param('cycleId', ParseIdPipe);

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly lifecycle: CycleLifecycleService,
  ) {}

  @Get()
  @Can('cycle.read')
  @ApiOperation({
    summary: "The region's evaluation cycles (a national admin's: every region's), newest first",
  })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'CycleView' })
  list(
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
  ): Promise<Page<CycleView>> {
    return this.cycles.list(user, regionId, page);
  }

  @Post()
  @Can('cycle.create')
  @ApiOperation({
    summary:
      'Create a draft cycle from the seven-index template, a copy of another cycle, or a given framework',
  })
  @Responds(201, 'CycleView')
  create(@Body() body: CreateCycleDto, @CurrentActor() actor: Actor): Promise<CycleView> {
    return this.cycles.create(body, actor);
  }

  @Get(':cycleId')
  @Can('cycle.read')
  @ApiOperation({ summary: 'One cycle' })
  @Responds(200, 'CycleView')
  async get(@Id() cycleId: string, @CurrentUser() user: SessionUser): Promise<CycleView> {
    return this.cycles.view(await this.cycles.get(cycleId, user));
  }

  @Patch(':cycleId')
  @Can('cycle.update')
  @ApiOperation({ summary: "Change a cycle's name, period or deadline" })
  @Responds(200, 'CycleView')
  update(
    @Id() cycleId: string,
    @Body() body: UpdateCycleDto,
    @CurrentActor() actor: Actor,
  ): Promise<CycleView> {
    return this.cycles.update(cycleId, body, actor);
  }

  @Get(':cycleId/framework')
  @Can('cycle.read')
  @ApiOperation({ summary: "The cycle's weighted framework with leaf metadata" })
  @Responds(200, 'CycleFramework')
  async framework(@Id() cycleId: string, @CurrentUser() user: SessionUser): Promise<CycleFramework> {
    const cycle = await this.cycles.get(cycleId, user);
    return { version: cycle.version, framework: cycle.framework };
  }

  @Get(':cycleId/publish-summary')
  @Can('cycle.publish')
  @ApiOperation({
    summary:
      'What publishing would publish: submissions by state, coverage, agencies without a score, refusal and warnings',
  })
  @Responds(200, 'PublishSummary')
  publishSummary(@Id() cycleId: string, @CurrentUser() user: SessionUser): Promise<PublishSummary> {
    return this.cycles.publishSummary(cycleId, user);
  }

  @Put(':cycleId/framework')
  @Can('cycle.framework.edit')
  @ApiOperation({ summary: 'Replace the framework; only while the cycle is a draft' })
  @Responds(200, 'CycleFramework')
  putFramework(
    @Id() cycleId: string,
    @Body() body: PutFrameworkDto,
    @CurrentActor() actor: Actor,
  ): Promise<CycleFramework> {
    return this.cycles.putFramework(cycleId, body, actor);
  }

  @Post(':cycleId/open')
  @HttpCode(200)
  @Can('cycle.open')
  @ApiOperation({ summary: 'Open a draft cycle for submissions; every active agency gets an empty draft' })
  @Responds(200, 'CycleView')
  open(@Id() cycleId: string, @CurrentActor() actor: Actor): Promise<CycleView> {
    return this.lifecycle.step(cycleId, 'open', actor);
  }

  @Post(':cycleId/close')
  @HttpCode(200)
  @Can('cycle.close')
  @ApiOperation({ summary: 'Close submissions and move the cycle to review' })
  @Responds(200, 'CycleView')
  close(@Id() cycleId: string, @CurrentActor() actor: Actor): Promise<CycleView> {
    return this.lifecycle.step(cycleId, 'close', actor);
  }

  @Post(':cycleId/reopen')
  @HttpCode(200)
  @Can('cycle.reopen')
  @ApiOperation({ summary: 'Take a published cycle back to review, with a written reason' })
  @Responds(200, 'CycleView')
  reopen(
    @Id() cycleId: string,
    @Body() body: ReopenCycleDto,
    @CurrentActor() actor: Actor,
  ): Promise<CycleView> {
    return this.lifecycle.step(cycleId, 'reopen', actor, body);
  }

  @Post(':cycleId/publish')
  @Can('cycle.publish')
  @ApiOperation({ summary: 'Publish a cycle in review: freezes its results in an immutable snapshot' })
  @Responds(201, 'CycleView')
  publish(@Id() cycleId: string, @CurrentActor() actor: Actor): Promise<CycleView> {
    return this.lifecycle.publish(cycleId, actor);
  }

  @Post(':cycleId/archive')
  @HttpCode(200)
  @Can('cycle.archive')
  @ApiOperation({ summary: 'Archive a published cycle' })
  @Responds(200, 'CycleView')
  archive(@Id() cycleId: string, @CurrentActor() actor: Actor): Promise<CycleView> {
    return this.lifecycle.step(cycleId, 'archive', actor);
  }

  @Get(':cycleId/extensions')
  @Can('cycle.extension.read')
  @ApiOperation({ summary: 'Deadline extensions granted in this cycle' })
  @Responds(200, { arrayOf: 'ExtensionView' })
  extensions(@Id() cycleId: string, @CurrentUser() user: SessionUser): Promise<ExtensionView[]> {
    return this.cycles.extensions(cycleId, user);
  }

  @Post(':cycleId/extensions')
  @Can('cycle.extension.grant')
  @ApiOperation({ summary: 'Give one agency more time' })
  @Responds(201, 'ExtensionView')
  grantExtension(
    @Id() cycleId: string,
    @Body() body: GrantExtensionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExtensionView> {
    return this.cycles.grantExtension(cycleId, body, actor);
  }
}
