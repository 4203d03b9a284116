import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { LoginResponse, OwnAccountView, PasswordResetAccepted, SessionUser } from '@prgauge/contracts';
import type { FastifyReply } from 'fastify';
import type { Actor } from './actor';
import { type AuthenticatedRequest, CurrentActor, CurrentUser, Can } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { CompletePasswordResetDto, PasswordResetDto } from './dto/password-reset.dto';
import { UpdateOwnAccountDto } from './dto/update-own-account.dto';
import { PasswordResetService } from './password-reset.service';
import { Public } from './public.decorator';
import { SESSION_COOKIE } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Post('login')
  @Can('account.sign_in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; sets the session cookie and returns the CSRF token for writes' })
  @Responds(200, 'LoginResponse')
  login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return this.auth.login(body, request, reply);
  }

  @Post('logout')
  @Can('account.sign_out')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out this browser' })
  @Responds(204)
  logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.auth.logout(request.cookies?.[SESSION_COOKIE], reply);
  }

  @Get('me')
  @Can('account.read_own')
  @ApiOperation({ summary: 'The signed-in user, with their own email address' })
  @Responds(200, 'OwnAccountView')
  me(@CurrentUser() user: SessionUser): Promise<OwnAccountView> {
    return this.auth.ownAccount(user);
  }

  @Patch('me')
  @Can('account.update_own')
  @ApiOperation({ summary: "Save one's own interface language or email address" })
  @Responds(200, 'OwnAccountView')
  updateMe(@Body() body: UpdateOwnAccountDto, @CurrentActor() actor: Actor): Promise<OwnAccountView> {
    return this.auth.updateOwnAccount(actor, body);
  }

  @Post('password')
  @Can('account.change_password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password; signs out your other sessions' })
  @Responds(204)
  changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentActor() actor: Actor,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    return this.auth.changePassword(actor, body, request.cookies?.[SESSION_COOKIE]);
  }

  @Post('password-reset')
  @Can('account.recover_password')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Email a single-use link (30 minutes) that sets a new password; the same answer whether or not an account matches',
  })
  @Responds(202, 'PasswordResetAccepted')
  requestPasswordReset(
    @Body() body: PasswordResetDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<PasswordResetAccepted> {
    return this.resets.requestLink(body, request.ip);
  }

  @Post('password-reset/complete')
  @Can('account.recover_password')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password with an emailed link's token; ends the account's sessions" })
  @Responds(204)
  completePasswordReset(
    @Body() body: CompletePasswordResetDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    return this.resets.complete(body, { requestId: String(request.id), ip: request.ip });
  }
}
