import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@prgauge/contracts';
import { AuthenticatedRequest, ROLES } from './auth.decorators';
import { IS_PUBLIC } from './public.decorator';
import { CSRF_HEADER, csrfMatches, SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * People from outside the administration (contest jurors, journalists who vote) reach only the routes that name
 * their role, and their own account routes, never a region's internal data.
 */
const OUTSIDE_ROLES = new Set<Role>(['juror', 'journalist']);
const ACCOUNT_ROUTES = /^\/api\/auth\//;

/** Runs on every route: who is asking, may their role call this, and does a write carry the CSRF token. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const session = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);

    if (!session) {
      if (isPublic) return true;
      throw new UnauthorizedException('Sign in to continue');
    }
    request.user = session.user;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfToken, request.headers[CSRF_HEADER])) {
      throw new ForbiddenException('The CSRF token is missing or wrong: reload the page and try again');
    }
    if (isPublic) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const outsider = OUTSIDE_ROLES.has(session.user.role);
    if (outsider && !roles?.includes(session.user.role) && !ACCOUNT_ROUTES.test(request.url)) {
      throw new ForbiddenException('This is not open to contest jurors and voters');
    }
    if (roles && session.user.role !== 'admin' && !roles.includes(session.user.role)) {
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
