import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LetterheadView, SessionUser } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { LetterheadDto } from './dto/letterhead.dto';
import { LetterheadService } from './letterhead.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('reports')
@Controller('regions/:regionId/letterhead')
export class LetterheadController {
  constructor(private readonly letterheads: LetterheadService) {}

  @Get()
  @Can('region.letterhead.manage')
  @ApiOperation({
    summary: "The region's letterhead for its PDF reports; the region's own name until one is saved",
  })
  @Responds(200, 'LetterheadView')
  get(
    @Param('regionId', ParseIdPipe) regionId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<LetterheadView> {
    return this.letterheads.get(regionId, user);
  }

  @Put()
  @Can('region.letterhead.manage')
  @ApiOperation({
    summary:
      "Replace the region's letterhead (names, address, emblem up to 300 KB); a stale version gets 409 with the current one",
  })
  @Responds(200, 'LetterheadView')
  put(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: LetterheadDto,
    @CurrentActor() actor: Actor,
  ): Promise<LetterheadView> {
    return this.letterheads.put(regionId, body, actor);
  }
}
