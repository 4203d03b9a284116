import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  MailMessageSummary,
  MailMessageView,
  Page,
  SessionUser,
  UnsubscribeResult,
} from '@prgauge/contracts';
import { Can, CurrentUser } from '../auth/auth.decorators';
import { Public } from '../auth/public.decorator';
import { Responds } from '../common/openapi/responds.decorator';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { UnsubscribeQueryDto } from './dto/unsubscribe-query.dto';
import { MailService } from './mail.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('mail')
@Controller('mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Get('outbox')
  @Can('mail.outbox.read')
  @ApiOperation({
    summary:
      "Outgoing mail, newest first, with each message's state (a director: the region's; a national admin: all)",
  })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'MailMessageSummary' })
  list(@CurrentUser() user: SessionUser, @PageParams() page: PageWindow): Promise<Page<MailMessageSummary>> {
    return this.mail.list(user, page);
  }

  @Get('outbox/:mailId')
  @Can('mail.outbox.read')
  @ApiOperation({ summary: 'One outgoing message with its subject, text and HTML' })
  @Responds(200, 'MailMessageView')
  get(
    @Param('mailId', ParseIdPipe) mailId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<MailMessageView> {
    return this.mail.get(mailId, user);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @Can('mail.unsubscribe')
  @Public()
  @ApiOperation({
    summary:
      "Turn off one kind of email for the account a message went to, from the message's link or its " +
      'List-Unsubscribe header (RFC 8058 one-click: any body is ignored)',
  })
  @Responds(200, 'UnsubscribeResult')
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeResult> {
    return this.mail.unsubscribe(query.token);
  }
}
