import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { CycleView } from '@prgauge/contracts';
import { Public } from '../auth/public.decorator';
import { CyclesService } from './cycles.service';
import { Can } from '../auth/auth.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('public')
@Controller('public/cycles')
export class PublicCyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @Can('results.read')
  @Public()
  @ApiOperation({ summary: 'Published cycles, newest first, optionally of one region' })
  @Responds(200, { arrayOf: 'CycleView' })
  @ApiQuery({ name: 'regionId', required: false })
  async list(
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
  ): Promise<CycleView[]> {
    return this.cycles.listPublished(regionId);
  }
}
