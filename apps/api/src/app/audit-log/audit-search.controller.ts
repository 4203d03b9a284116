import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { AuditEntryView, Page } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, Can } from '../auth/auth.decorators';
import { regionFor } from '../common/scope';
import { AuditSearchService } from './audit-search.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditSearchController {
  constructor(private readonly search: AuditSearchService) {}

  @Get()
  @Can('audit.search')
  @ApiOperation({
    summary: 'Search the audit trail of your region (every region for national admins), newest first',
  })
  @Responds(200, { pageOf: 'AuditEntryView' })
  find(@Query() query: AuditQueryDto, @CurrentActor() actor: Actor): Promise<Page<AuditEntryView>> {
    return this.search.find({ ...query, regionId: regionFor(actor.user, query.regionId) });
  }
}
