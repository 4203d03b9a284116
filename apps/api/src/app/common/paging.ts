import { applyDecorators, Injectable, PipeTransform, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';
import { PAGE_OFFSET_MAX, PAGE_SIZE, type Page, type PageQuery } from '@prgauge/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import { InvalidFieldsException } from './api-error';
import { toFieldProblems } from './validation';

/** `limit` and `offset` as the query string carries them, validated like any other input. */
export class PageQueryDto implements PageQuery {
  @ApiPropertyOptional({ default: PAGE_SIZE.default, minimum: 1, maximum: PAGE_SIZE.max })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(PAGE_SIZE.max)
  // Checked first, so that text or a fraction is named a wrong type rather than out of range.
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: PAGE_OFFSET_MAX })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(PAGE_OFFSET_MAX)
  // Checked first, so that text or a fraction is named a wrong type rather than out of range.
  @IsInt()
  offset?: number;
}

/** A page's window with the defaults filled in. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** The window a query asks for: `PAGE_SIZE.default` rows from the start unless it says otherwise. */
export const pageWindow = (query: PageQuery): PageWindow => ({
  limit: query.limit ?? PAGE_SIZE.default,
  offset: query.offset ?? 0,
});

/** A page of rows already cut to the window, with the count of every row that matches. */
export const pageOf = <T>(items: T[], total: number, window: PageWindow): Page<T> => ({
  items,
  total,
  limit: window.limit,
  offset: window.offset,
});

/** The page of a list held whole in memory (already filtered and in its total order). */
export const pageOfList = <T>(all: T[], window: PageWindow): Page<T> =>
  pageOf(all.slice(window.offset, window.offset + window.limit), all.length, window);

/**
 * Reads `limit` and `offset` from the whole query object and leaves the route's other parameters alone. A bad
 * value is a 400 `request.invalid` whose details carry the catalogue's field codes (`field.too_small`,
 * `field.too_large`, `field.type`), exactly as the global validation answers a bad body.
 */
@Injectable()
export class PageQueryPipe implements PipeTransform<Record<string, unknown>, PageWindow> {
  transform(query: Record<string, unknown>): PageWindow {
    const dto = plainToInstance(PageQueryDto, { limit: query['limit'], offset: query['offset'] });
    const errors = validateSync(dto);
    if (errors.length) throw new InvalidFieldsException(toFieldProblems(errors));
    return pageWindow(dto);
  }
}

/** The page window of a paged `GET` route: `@PageParams() page: PageWindow`. */
export const PageParams = (): ParameterDecorator => Query(PageQueryPipe);

/** Documents a paged route's `limit` and `offset` query parameters; `@Responds(200, { pageOf })` its answer. */
export function ApiPageQuery(): MethodDecorator {
  return applyDecorators(
    ApiQuery({
      name: 'limit',
      required: false,
      type: Number,
      description: `1–${PAGE_SIZE.max}, default ${PAGE_SIZE.default}`,
    }),
    ApiQuery({ name: 'offset', required: false, type: Number, description: 'Rows to skip, default 0' }),
  );
}

/** The OpenAPI schema of `Page<T>` for items of schema `item`. */
export function pageSchema(item: SchemaObject | ReferenceObject): SchemaObject {
  return {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer', minimum: 0, description: 'Rows matching the filters, on every page' },
      limit: { type: 'integer', minimum: 1, maximum: PAGE_SIZE.max },
      offset: { type: 'integer', minimum: 0 },
    },
  };
}
