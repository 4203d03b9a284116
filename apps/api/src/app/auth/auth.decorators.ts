import { createParamDecorator, ExecutionContext, HttpStatus, SetMetadata } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import type { Action } from '@prgauge/permissions';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../common/api-error';
import type { Actor } from './actor';

/** Metadata key of the action a route performs. */
export const ACTION = 'permissions:action';

/**
 * Names the one action of the permissions map (`@prgauge/permissions`) that a route performs. The auth guard
 * answers 401 and 403 from the action's roles; the services check each record's region, agency or seat through
 * the same map. A route without an action is refused.
 */
export const Can = (action: Action) => SetMetadata(ACTION, action);

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
