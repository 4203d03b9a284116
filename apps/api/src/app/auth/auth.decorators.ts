import { createParamDecorator, ExecutionContext, HttpStatus, SetMetadata } from '@nestjs/common';
import type { Role, SessionUser } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../common/api-error';
import type { Actor } from './actor';

export const ROLES = 'roles';

/**
 * Restricts a route to these roles. National admins pass every role check; the region and agency scope
 * of each record is still checked in the services.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The request as the auth guard leaves it. */
export interface AuthenticatedRequest extends FastifyRequest {
  user?: SessionUser;
}

/** The signed-in user, or undefined on a public route called anonymously. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser | undefined => {
    return context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  },
);

/** The signed-in user with the request's id and address, for services that write. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new ApiException(HttpStatus.UNAUTHORIZED, 'auth.required', {});
  return { user: request.user, requestId: String(request.id), ip: request.ip };
});
