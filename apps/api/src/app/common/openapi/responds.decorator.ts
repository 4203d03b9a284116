import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { Page } from '@prgauge/contracts';
import { pageSchema } from '../paging';
import type { JsonBytesOf } from './json-bytes';
import type { DocumentedBodies } from './response-bodies';

/** The name of a documented body: a key of the contracts' `ResponseBodies`, or a scoring document. */
export type BodyName = keyof DocumentedBodies;

type Handler<R> = (...args: never[]) => R | Promise<R>;

/** A method decorator that TypeScript accepts only on a handler whose result is an `R`. */
export type ReturningDecorator<R> = <H extends Handler<R>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<H>,
) => void;

/** The success statuses the API answers with. */
export type SuccessStatus = 200 | 201 | 202;

/** A body that is not JSON: a download, an export. */
export interface ContentBody {
  contentType: string;
  description?: string;
}

const ref = (name: BodyName) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Documents a route's success answer in the OpenAPI document and makes TypeScript check it against the handler:
 * `@Responds(200, 'AgencyView')` fits only a handler returning an `AgencyView` (or `Promise<AgencyView>`),
 * `@Responds(200, { arrayOf: 'AgencyView' })` one returning `AgencyView[]`, `@Responds(200, { pageOf: 'AgencyView' })`
 * one returning a `Page<AgencyView>`, `@Responds(204)` one returning
 * nothing, and `@Responds(200, { contentType })` a file or an export. The schemas are the generated
 * `components.schemas` (see response-schemas.json).
 */
export function Responds<K extends BodyName>(
  status: SuccessStatus,
  body: K,
): ReturningDecorator<DocumentedBodies[K] | JsonBytesOf<DocumentedBodies[K]>>;
export function Responds<K extends BodyName>(
  status: SuccessStatus,
  body: { arrayOf: K },
): ReturningDecorator<DocumentedBodies[K][]>;
export function Responds<K extends BodyName>(
  status: SuccessStatus,
  body: { pageOf: K },
): ReturningDecorator<Page<DocumentedBodies[K]>>;
export function Responds(status: SuccessStatus, body: ContentBody): ReturningDecorator<unknown>;
export function Responds(status: 204): ReturningDecorator<void>;
export function Responds(
  status: SuccessStatus | 204,
  body?: BodyName | { arrayOf: BodyName } | { pageOf: BodyName } | ContentBody,
): ReturningDecorator<never> {
  if (body === undefined) return ApiResponse({ status, description: 'No content' });
  if (typeof body === 'string') return ApiResponse({ status, description: body, schema: ref(body) });
  if ('arrayOf' in body)
    return ApiResponse({
      status,
      description: `${body.arrayOf}[]`,
      schema: { type: 'array', items: ref(body.arrayOf) },
    });
  if ('pageOf' in body)
    return ApiResponse({ status, description: `Page<${body.pageOf}>`, schema: pageSchema(ref(body.pageOf)) });
  return applyDecorators(
    ApiProduces(body.contentType),
    ApiResponse({
      status,
      description: body.description ?? body.contentType,
      content: { [body.contentType]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );
}

/** A stored file sent back as an attachment, under the media type its bytes were found to be. */
export const FILE_DOWNLOAD: ContentBody = {
  contentType: 'application/octet-stream',
  description: 'The stored file, as an attachment, under its own media type',
};
