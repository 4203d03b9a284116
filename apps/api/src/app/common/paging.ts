import { applyDecorators, Injectable, PipeTransform, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';
import { PAGE_OFFSET_MAX, PAGE_SIZE, PAGE_TOTAL_BOUND, type Page, type PageQuery } from '@prgauge/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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

/** A page's `total` as the `Page` contract states it. */
export type PageTotal = Pick<Page<unknown>, 'total' | 'totalIsLowerBound'>;

/** A total that was counted in full. */
export const exactTotal = (total: number): PageTotal => ({ total, totalIsLowerBound: false });

/** The most rows a count for this window reads: one past the bound, so that reaching it proves there are more. */
export const countLimitOf = (window: PageWindow): number => window.offset + PAGE_TOTAL_BOUND + 1;

/**
 * The total from a count that stopped at `countLimitOf(window)` rows: exact below the bound, otherwise
 * `offset + PAGE_TOTAL_BOUND` flagged as a lower bound (`Page.totalIsLowerBound`).
 */
export const boundedTotalOf = (counted: number, window: PageWindow): PageTotal =>
  counted > window.offset + PAGE_TOTAL_BOUND
    ? { total: window.offset + PAGE_TOTAL_BOUND, totalIsLowerBound: true }
    : exactTotal(counted);

/**
 * Counts the rows of `select` (a `SELECT` of the list's rows, any columns, no order or limit) up to the bound
 * past the window's start, so the count costs what the page's rows cost however large the installation is.
 */
export async function countUpToBound(
  manager: EntityManager,
  select: string,
  parameters: unknown[],
  window: PageWindow,
): Promise<PageTotal> {
  const [row]: { counted: number }[] = await manager.query(
    `SELECT count(*)::int AS counted FROM (${select} LIMIT ${countLimitOf(window)}) AS listed`,
    parameters,
  );
  return boundedTotalOf(row.counted, window);
}

/**
 * The rows of `query` (filtered, in its total order and cut to the window) and its bounded total, read side by
 * side. The count runs the same filters without the order or the window.
 */
export async function pageRowsOf<E extends ObjectLiteral>(
  manager: EntityManager,
  query: SelectQueryBuilder<E>,
  window: PageWindow,
): Promise<[E[], PageTotal]> {
  const [select, parameters] = query
    .clone()
    .select('1')
    .orderBy()
    .skip(undefined)
    .take(undefined)
    .offset(undefined)
    .limit(undefined)
    .getQueryAndParameters();
  return Promise.all([query.getMany(), countUpToBound(manager, select, parameters, window)]);
}

/** A page of rows already cut to the window, with the total of the rows that match. */
export const pageOf = <T>(items: T[], total: PageTotal, window: PageWindow): Page<T> => ({
  items,
  ...total,
  limit: window.limit,
  offset: window.offset,
});

/** The page of a list held whole in memory (already filtered and in its total order): its total is exact. */
export const pageOfList = <T>(all: T[], window: PageWindow): Page<T> =>
  pageOf(all.slice(window.offset, window.offset + window.limit), exactTotal(all.length), window);

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
    required: ['items', 'total', 'totalIsLowerBound', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: item },
      total: {
        type: 'integer',
        minimum: 0,
        description: `Rows matching the filters, counted exactly up to ${PAGE_TOTAL_BOUND} rows past offset`,
      },
      totalIsLowerBound: {
        type: 'boolean',
        description: `True when more than total rows match (the count stopped ${PAGE_TOTAL_BOUND} rows past offset)`,
      },
      limit: { type: 'integer', minimum: 1, maximum: PAGE_SIZE.max },
      offset: { type: 'integer', minimum: 0 },
    },
  };
}
