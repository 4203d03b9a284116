import { Controller, Get, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { CycleView } from '@prgauge/contracts';
import { DataSource, In } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { Cycle } from '../cycles/cycle.entity';
import { cycleViews } from '../cycles/cycle-views';
import { Can } from '../auth/auth.decorators';

@ApiTags('public')
@Controller('public/cycles')
export class PublicCyclesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Can('results.read')
  @Public()
  @ApiOperation({ summary: 'Published cycles, newest first, optionally of one region' })
  @Responds(200, { arrayOf: 'CycleView' })
  @ApiQuery({ name: 'regionId', required: false })
  async list(
    @Query('regionId', new ParseUUIDPipe({ optional: true })) regionId?: string,
  ): Promise<CycleView[]> {
    const cycles = await this.dataSource.getRepository(Cycle).find({
      where: { status: In(['published', 'archived']), ...(regionId ? { regionId } : {}) },
      order: { periodEnd: 'DESC' },
    });
    return cycleViews(this.dataSource.manager, cycles);
  }
}
