import { Body, Controller, Get, Param, ParseBoolPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { AgencyImportResult, AgencyView, Page, SessionUser } from '@prgauge/contracts';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { readOneFile } from '../common/uploads/read-upload';
import { AGENCY_CSV_UPLOAD, parseAgencyFile } from './agency-file';
import { AgenciesService } from './agencies.service';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Can('agency.read')
  @ApiOperation({ summary: "The region's agencies, with filters" })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  @ApiQuery({ name: 'peerGroupId', required: false })
  @ApiQuery({ name: 'active', required: false, type: Boolean })
  @ApiQuery({ name: 'search', required: false, description: 'Part of the code or of a name' })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'AgencyView' })
  list(
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('peerGroupId', new ParseIdPipe({ optional: true })) peerGroupId?: string,
    @Query('active', new ParseBoolPipe({ optional: true })) active?: boolean,
    @Query('search') search?: string,
  ): Promise<Page<AgencyView>> {
    return this.agencies.list(user, { regionId, peerGroupId, active, search: search?.slice(0, 100) }, page);
  }

  @Post()
  @Can('agency.create')
  @ApiOperation({ summary: 'Add an agency' })
  @Responds(201, 'AgencyView')
  create(@Body() body: CreateAgencyDto, @CurrentActor() actor: Actor): Promise<AgencyView> {
    return this.agencies.create(body, actor);
  }

  @Post('import')
  @Can('agency.create')
  @ApiOperation({
    summary: 'Create agencies from a CSV file or an XLSX workbook: all rows or none; dryRun=true previews',
  })
  @Responds(201, 'AgencyImportResult')
  @ApiConsumes(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'multipart/form-data',
  )
  @ApiBody({
    description:
      'Columns code,name_ru,name_kk,name_fa,name_en,peer_group,pr_staff and any attr_<name>; CSV separated by commas, semicolons or tabs, in UTF-8, UTF-16, Windows-1251 or Windows-1256 (400 `file.undecodable` naming the line otherwise), or the first sheet of an XLSX workbook; up to 2 MB (413 `upload.too_large`). A cell beginning with an apostrophe before =, +, -, @, a tab or a carriage return is read without the apostrophe, as exports write it.',
    schema: {
      type: 'string',
      example:
        'code,name_ru,name_kk,name_fa,name_en,peer_group,pr_staff\nMED,Медуниверситет,,دانشگاه علوم پزشکی,Medical university,health,4',
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  async importAgencies(
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Query('dryRun', new ParseBoolPipe({ optional: true })) dryRun?: boolean,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
  ): Promise<AgencyImportResult> {
    const file = await readOneFile(request, AGENCY_CSV_UPLOAD, body);
    const parsed = await parseAgencyFile(file.kind === 'xlsx' ? 'xlsx' : 'csv', file.content);
    return this.agencies.importRows(parsed, dryRun ?? false, actor, regionId);
  }

  @Get(':agencyId')
  @Can('agency.read')
  @ApiOperation({ summary: 'One agency' })
  @Responds(200, 'AgencyView')
  get(
    @Param('agencyId', ParseIdPipe) agencyId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<AgencyView> {
    return this.agencies.get(agencyId, user);
  }

  @Patch(':agencyId')
  @Can('agency.update')
  @ApiOperation({ summary: 'Change an agency; a stale version gets 409 with the current record' })
  @Responds(200, 'AgencyView')
  update(
    @Param('agencyId', ParseIdPipe) agencyId: string,
    @Body() body: UpdateAgencyDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgencyView> {
    return this.agencies.update(agencyId, body, actor);
  }
}
