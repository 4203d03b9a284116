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
  COMMITTEE_KINDS,
  type CommitteeKind,
  type CommitteeView,
  type SessionUser,
} from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { CommitteesService } from './committees.service';
import { AddCommitteeMemberDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';
import { ParseIdPipe } from '../common/parse-id.pipe';

const KIND = Object.fromEntries(COMMITTEE_KINDS.map((k) => [k, k]));

@ApiTags('committees')
@Controller('committees')
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @Get()
  @Can('committee.read')
  @ApiOperation({ summary: "The region's committees with their members and duties" })
  @Responds(200, { arrayOf: 'CommitteeView' })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  @ApiQuery({ name: 'kind', required: false, enum: COMMITTEE_KINDS })
  list(
    @CurrentUser() user: SessionUser,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('kind', new ParseEnumPipe(KIND, { optional: true })) kind?: CommitteeKind,
  ): Promise<CommitteeView[]> {
    return this.committees.list(user, { regionId, kind });
  }

  @Post()
  @Can('committee.manage')
  @ApiOperation({ summary: 'Set up a committee' })
  @Responds(201, 'CommitteeView')
  create(@Body() body: CreateCommitteeDto, @CurrentActor() actor: Actor): Promise<CommitteeView> {
    return this.committees.create(body, actor);
  }

  @Get(':committeeId')
  @Can('committee.read')
  @ApiOperation({ summary: 'One committee' })
  @Responds(200, 'CommitteeView')
  get(
    @Param('committeeId', ParseIdPipe) committeeId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<CommitteeView> {
    return this.committees.get(committeeId, user);
  }

  @Patch(':committeeId')
  @Can('committee.manage')
  @ApiOperation({ summary: 'Change a committee; a stale version gets 409 with the current record' })
  @Responds(200, 'CommitteeView')
  update(
    @Param('committeeId', ParseIdPipe) committeeId: string,
    @Body() body: UpdateCommitteeDto,
    @CurrentActor() actor: Actor,
  ): Promise<CommitteeView> {
    return this.committees.update(committeeId, body, actor);
  }

  @Delete(':committeeId')
  @Can('committee.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Dissolve a committee; its events keep their records' })
  @Responds(204)
  remove(
    @Param('committeeId', ParseIdPipe) committeeId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.committees.remove(committeeId, actor);
  }

  @Post(':committeeId/members')
  @Can('committee.manage')
  @ApiOperation({ summary: 'Seat an account of the region or an outside person on the committee' })
  @Responds(201, 'CommitteeView')
  addMember(
    @Param('committeeId', ParseIdPipe) committeeId: string,
    @Body() body: AddCommitteeMemberDto,
    @CurrentActor() actor: Actor,
  ): Promise<CommitteeView> {
    return this.committees.addMember(committeeId, body, actor);
  }

  @Delete(':committeeId/members/:memberId')
  @Can('committee.manage')
  @ApiOperation({ summary: 'Remove a member from the committee' })
  @Responds(200, 'CommitteeView')
  removeMember(
    @Param('committeeId', ParseIdPipe) committeeId: string,
    @Param('memberId', ParseIdPipe) memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CommitteeView> {
    return this.committees.removeMember(committeeId, memberId, actor);
  }
}
