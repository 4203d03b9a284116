import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { PeerGroupView, RegionView, SessionUser } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { Public } from '../auth/public.decorator';
import { CreateRegionDto, PeerGroupDto, RenamePeerGroupDto, UpdateRegionDto } from './dto/region.dto';
import { RegionsService } from './regions.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('regions')
@Controller()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('regions')
  @Can('region.read')
  @ApiOperation({ summary: 'Regions: all for a national admin, your own otherwise' })
  @Responds(200, { arrayOf: 'RegionView' })
  list(@CurrentUser() user: SessionUser): Promise<RegionView[]> {
    return this.regions.list(user);
  }

  @Get('public/regions')
  @Can('results.read')
  @Public()
  @ApiOperation({ summary: 'Regions that have published results' })
  @Responds(200, { arrayOf: 'RegionView' })
  published(): Promise<RegionView[]> {
    return this.regions.published();
  }

  @Post('regions')
  @Can('region.create')
  @ApiOperation({ summary: 'Add a region (national admins)' })
  @Responds(201, 'RegionView')
  create(@Body() body: CreateRegionDto, @CurrentActor() actor: Actor): Promise<RegionView> {
    return this.regions.create(body, actor);
  }

  @Patch('regions/:regionId')
  @Can('region.update')
  @ApiOperation({
    summary: "Change a region's names, time zone, language or calendar; a stale version gets 409",
  })
  @Responds(200, 'RegionView')
  update(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: UpdateRegionDto,
    @CurrentActor() actor: Actor,
  ): Promise<RegionView> {
    return this.regions.update(regionId, body, actor);
  }

  @Get('regions/:regionId/peer-groups')
  @Can('region.read')
  @ApiOperation({ summary: "The region's peer groups" })
  @Responds(200, { arrayOf: 'PeerGroupView' })
  groups(
    @Param('regionId', ParseIdPipe) regionId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<PeerGroupView[]> {
    return this.regions.groups(regionId, user);
  }

  @Post('regions/:regionId/peer-groups')
  @Can('peer_group.manage')
  @ApiOperation({ summary: 'Add a peer group' })
  @Responds(201, 'PeerGroupView')
  addGroup(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: PeerGroupDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeerGroupView> {
    return this.regions.addGroup(regionId, body, actor);
  }

  @Patch('regions/:regionId/peer-groups/:groupId')
  @Can('peer_group.manage')
  @ApiOperation({ summary: 'Rename a peer group' })
  @Responds(200, 'PeerGroupView')
  renameGroup(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: RenamePeerGroupDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeerGroupView> {
    return this.regions.renameGroup(regionId, groupId, body, actor);
  }

  @Delete('regions/:regionId/peer-groups/:groupId')
  @HttpCode(204)
  @Can('peer_group.manage')
  @ApiOperation({ summary: 'Remove a peer group; its agencies keep no group' })
  @Responds(204)
  removeGroup(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.regions.removeGroup(regionId, groupId, actor);
  }
}
