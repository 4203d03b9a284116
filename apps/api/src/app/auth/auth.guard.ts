import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Action, decide, isAction } from '@prgauge/permissions';
import { ApiException } from '../common/api-error';
import { ACTION, AuthenticatedRequest } from './auth.decorators';
import { CSRF_HEADER, csrfMatches, SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What an account with a one-time password may still do: read who it is, sign out, and change the password. */
export const BEFORE_PASSWORD_CHANGE: ReadonlySet<Action> = new Set<Action>([
  'account.read_own',
  'account.sign_out',
  'account.change_password',
]);

/**
 * Runs on every route: who is asking, may their role do the route's action (`@Can`), and does a write carry the
 * CSRF token. The answer comes from the permissions map at role level; jurors and journalists are listed only on
 * contest actions and their own account's, so they reach nothing else. An account with a one-time password
 * reaches public routes and {@link BEFORE_PASSWORD_CHANGE} only (403 `auth.password_change_required`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const action = this.reflector.getAllAndOverride<unknown>(ACTION, [
      context.getHandler(),
      context.getClass(),
    ]);
    // A route that names no action is a mistake in the code: closed rather than open.
    if (!isAction(action)) throw new ApiException(HttpStatus.FORBIDDEN, 'auth.forbidden', {});
    const session = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);
    const isPublic = decide(null, action) === 'allowed';

    if (!session) {
      if (isPublic) return true;
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'auth.required', {});
    }
    request.user = session.user;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfToken, request.headers[CSRF_HEADER])) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.csrf_mismatch', {});
    }
    if (session.user.passwordChangeRequired && !isPublic && !BEFORE_PASSWORD_CHANGE.has(action))
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.password_change_required', {});
    if (decide(session.user, action) === 'forbidden')
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.forbidden', { action });
    return true;
  }
}
