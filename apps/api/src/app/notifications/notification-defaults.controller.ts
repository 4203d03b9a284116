import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationPreferenceView, SessionUser } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { Can, CurrentActor, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('notifications')
@Controller('regions/:regionId/notification-defaults')
export class NotificationDefaultsController {
  constructor(private readonly choices: NotificationPreferencesService) {}

  @Get()
  @Can('region.notification_defaults.manage')
  @ApiOperation({ summary: "The region's default choice per kind and channel, for accounts that made none" })
  @Responds(200, { arrayOf: 'NotificationPreferenceView' })
  get(
    @Param('regionId', ParseIdPipe) regionId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<NotificationPreferenceView[]> {
    return this.choices.regionDefaults(user, regionId);
  }

  @Put()
  @Can('region.notification_defaults.manage')
  @ApiOperation({
    summary:
      "Save the region's defaults for the kinds listed (others keep theirs); 400 notification.mandatory_kind for a kind that cannot be turned off",
  })
  @Responds(200, { arrayOf: 'NotificationPreferenceView' })
  put(
    @Param('regionId', ParseIdPipe) regionId: string,
    @Body() body: NotificationPreferencesDto,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferenceView[]> {
    return this.choices.saveRegionDefaults(actor, regionId, body.preferences);
  }
}
