import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decide, isAction } from '@prgauge/permissions';
import { ApiException } from '../common/api-error';
import { ACTION, AuthenticatedRequest } from './auth.decorators';
import { CSRF_HEADER, csrfMatches, SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs on every route: who is asking, may their role do the route's action (`@Can`), and does a write carry the
 * CSRF token. The answer comes from the permissions map at role level; jurors and journalists are listed only on
 * contest actions and their own account's, so they reach nothing else.
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

    if (!session) {
      if (decide(null, action) === 'allowed') return true;
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'auth.required', {});
    }
    request.user = session.user;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfToken, request.headers[CSRF_HEADER])) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.csrf_mismatch', {});
    }
    if (decide(session.user, action) === 'forbidden')
      throw new ApiException(HttpStatus.FORBIDDEN, 'auth.forbidden', { action });
    return true;
  }
}
