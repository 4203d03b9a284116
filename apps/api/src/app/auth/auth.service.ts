import { Injectable } from '@nestjs/common';
import type { LoginResponse, OwnAccountView, SessionUser } from '@prgauge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidFieldsException } from '../common/api-error';
import { AccountDirectory } from './account-directory';
import type { Actor } from './actor';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { UpdateOwnAccountDto } from './dto/update-own-account.dto';
import { LoginService } from './login.service';
import { assertStrongPassword } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
    private readonly accounts: AccountDirectory,
  ) {}

  async login(body: LoginDto, request: FastifyRequest, reply: FastifyReply): Promise<LoginResponse> {
    const user = await this.logins.authenticate(body.login, body.password, request.ip);
    const { token, csrfToken } = await this.sessions.open(user.id, request.ip, request.headers['user-agent']);
    const secure = request.protocol === 'https';
    const maxAge = SESSION_HOURS * 3600;
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge,
    });
    // Readable by the dashboard, which echoes it in a header: a page on another site can do neither.
    void reply.setCookie(CSRF_COOKIE, csrfToken, {
      path: '/',
      httpOnly: false,
      sameSite: 'strict',
      secure,
      maxAge,
    });
    return { user, csrfToken };
  }

  /** The signed-in person as `GET /api/auth/me` answers: the session's user and their own address. */
  ownAccount(user: SessionUser): Promise<OwnAccountView> {
    return this.accounts.ownAccount(user.id);
  }

  /**
   * Saves the signed-in person's own interface language and address and returns them as `GET /api/auth/me`
   * would. Only these: role, scope and name stay with those who manage accounts.
   */
  updateOwnAccount(actor: Actor, body: UpdateOwnAccountDto): Promise<OwnAccountView> {
    return this.accounts.saveOwnAccount(actor, body);
  }

  async logout(token: string | undefined, reply: FastifyReply): Promise<void> {
    await this.sessions.close(token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    void reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  /**
   * Changes the signed-in user's password. A wrong current password is a sign-in failure of this login from
   * this address: 400 naming `currentPassword`, and 429 `auth.throttled` once the throttle applies.
   */
  async changePassword(actor: Actor, body: ChangePasswordDto, token: string | undefined): Promise<void> {
    const { user, passwordHash } = await this.accounts.signInAccountById(actor.user.id);
    const confirmed = await this.logins.attempt(user.login, actor.ip, async () =>
      (await verifyPassword(passwordHash, body.currentPassword)) ? true : null,
    );
    if (!confirmed)
      throw new InvalidFieldsException(
        [{ field: 'currentPassword', code: 'field.wrong_password', problems: ['is wrong'] }],
        'auth.current_password_wrong',
      );
    if (body.newPassword === body.currentPassword)
      throw new InvalidFieldsException(
        [
          {
            field: 'newPassword',
            code: 'field.unchanged',
            params: { other: 'currentPassword' },
            problems: ['must differ from the current password'],
          },
        ],
        'auth.password_unchanged',
      );
    assertStrongPassword('newPassword', body.newPassword, [user.login, user.displayName]);
    await this.accounts.saveOwnPassword(actor, await hashPassword(body.newPassword));
    await this.sessions.closeOthers(user.id, token);
  }
}
