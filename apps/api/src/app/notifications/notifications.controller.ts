import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  LOCALES,
  type Locale,
  type NotificationPreferenceView,
  type NotificationUnreadView,
  type NotificationView,
  type Page,
  type SessionUser,
} from '@prgauge/contracts';
import { Can, CurrentUser } from '../auth/auth.decorators';
import { Responds } from '../common/openapi/responds.decorator';
import { ParseLocalePipe } from '../common/parse-locale.pipe';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly choices: NotificationPreferencesService,
  ) {}

  @Get()
  @Can('account.notifications.read')
  @ApiOperation({
    summary: "One's own notifications, newest first, in one's language with times in the region's zone",
  })
  @ApiPageQuery()
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: LOCALES,
    description:
      "The language the reader reads the dashboard in; else the account's, else the region's default",
  })
  @Responds(200, { pageOf: 'NotificationView' })
  list(
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('lang', new ParseLocalePipe()) lang?: Locale,
  ): Promise<Page<NotificationView>> {
    return this.notifications.list(user, page, lang);
  }

  @Get('unread')
  @Can('account.notifications.read')
  @ApiOperation({ summary: "How many of one's notifications are unread (the bell's count)" })
  @Responds(200, 'NotificationUnreadView')
  unread(@CurrentUser() user: SessionUser): Promise<NotificationUnreadView> {
    return this.notifications.unread(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @Can('account.notifications.read')
  @ApiOperation({ summary: "Mark all of one's notifications read" })
  @Responds(200, 'NotificationUnreadView')
  markAllRead(@CurrentUser() user: SessionUser): Promise<NotificationUnreadView> {
    return this.notifications.markAllRead(user);
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Can('account.notifications.read')
  @ApiOperation({
    summary: "Mark one of one's notifications read (404 for another's); answers the unread count left",
  })
  @Responds(200, 'NotificationUnreadView')
  markRead(
    @Param('notificationId', ParseIdPipe) notificationId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<NotificationUnreadView> {
    return this.notifications.markRead(user, notificationId);
  }

  @Get('preferences')
  @Can('account.notifications.choose')
  @ApiOperation({
    summary: "One's choice per kind and channel: one's own, else the region's default, else on",
  })
  @Responds(200, { arrayOf: 'NotificationPreferenceView' })
  preferences(@CurrentUser() user: SessionUser): Promise<NotificationPreferenceView[]> {
    return this.choices.preferences(user);
  }

  @Put('preferences')
  @Can('account.notifications.choose')
  @ApiOperation({
    summary:
      "Save one's own choice for the kinds listed (others keep theirs); 400 notification.mandatory_kind for a kind that cannot be turned off",
  })
  @Responds(200, { arrayOf: 'NotificationPreferenceView' })
  savePreferences(
    @Body() body: NotificationPreferencesDto,
    @CurrentUser() user: SessionUser,
  ): Promise<NotificationPreferenceView[]> {
    return this.choices.savePreferences(user, body.preferences);
  }
}
