import { RequestMethod } from '@nestjs/common';
import {
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACTIONS, isAction, type Action } from '@prgauge/permissions';
import { ACTION } from '../../src/app/auth/auth.decorators';
import { IS_PUBLIC } from '../../src/app/auth/public.decorator';

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With the global prefix, e.g. `/api/submissions/:submissionId/values`. */
  path: string;
  /** The action of the permissions map the route performs (`@Can`); undefined only on a mistaken route. */
  action: Action | undefined;
  /** Whether anonymous visitors may call it: its action's scope is `public`. */
  isPublic: boolean;
  /** Whether the route carries the `@Public()` marker, which must agree with its action. */
  markedPublic: boolean;
  /** The class of the handler's whole `@Body()` parameter, when it has one (not `unknown` or a raw file). */
  bodyType?: new () => object;
  /** The status a success answers with: `@HttpCode`, else Nest's default (201 for POST, 200 otherwise). */
  successStatus: number;
}

const METHODS: Partial<Record<RequestMethod, RouteInfo['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every route of the running application, read from Nest's own controller metadata. */
export function routeTable(app: NestFastifyApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        if (path === undefined || !method) continue;
        const meta = <T>(key: string) =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        const action = meta<unknown>(ACTION);
        routes.push({
          method,
          path: join(prefix, base, path),
          action: isAction(action) ? action : undefined,
          isPublic: isAction(action) && ACTIONS[action].scope === 'public',
          markedPublic: meta<boolean>(IS_PUBLIC) ?? false,
          bodyType: bodyTypeOf(controller, name),
          successStatus:
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
            (method === 'POST' ? 201 : 200),
        });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** The declared type of a handler's `@Body()` parameter, from Nest's argument metadata and TypeScript's. */
function bodyTypeOf(controller: object, method: string): (new () => object) | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata(
    'design:paramtypes',
    (controller as { prototype: object }).prototype,
    method,
  ) ?? []) as unknown[];
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== RouteParamtypes.BODY || arg.data !== undefined) continue;
    const type = types[arg.index];
    if (typeof type === 'function' && type !== Object && type !== String && type !== Buffer)
      return type as new () => object;
  }
  return undefined;
}
