import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionUser, WorkingWeekView } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { DayParamPipe } from './dto/day-param.pipe';
import { AddHolidayDto, HolidayPresetDto } from './dto/working-week.dto';
import { WorkingWeekService } from './working-week.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('regions')
@Controller('regions/:regionId')
export class WorkingWeekController {
  constructor(private readonly weeks: WorkingWeekService) {}

  @Get('working-week')
  @Can('region.read')
  @ApiOperation({ summary: "The region's weekly days off and public holidays" })
  @Responds(200, 'WorkingWeekView')
  get(
    @Param('regionId', ParseIdPipe) regionId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<WorkingWeekView> {
    return this.weeks.get(regionId, user);
  }

  @Post('holidays')
  @HttpCode(200)
  @Can('region.update')
  @ApiOperation({ summary: 'Add a public holiday, or rename the one on that day (national admins)' })
  @Responds(200, 'WorkingWeekView')
  addHoliday(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: AddHolidayDto,
    @CurrentActor() actor: Actor,
  ): Promise<WorkingWeekView> {
    return this.weeks.addHoliday(regionId, body, actor);
  }

  @Post('holidays/preset')
  @HttpCode(200)
  @Can('region.update')
  @ApiOperation({ summary: "Add a country's public holidays of one year: Iran, Kazakhstan or Russia" })
  @Responds(200, 'WorkingWeekView')
  applyPreset(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: HolidayPresetDto,
    @CurrentActor() actor: Actor,
  ): Promise<WorkingWeekView> {
    return this.weeks.applyPreset(regionId, body, actor);
  }

  @Delete('holidays/:day')
  @HttpCode(204)
  @Can('region.update')
  @ApiOperation({ summary: 'Remove the public holiday on a day (YYYY-MM-DD); none there changes nothing' })
  @Responds(204)
  removeHoliday(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Param('day', DayParamPipe) day: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.weeks.removeHoliday(regionId, day, actor);
  }
}
