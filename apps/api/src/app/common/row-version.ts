import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The one row `query` finds, with its row version (PostgreSQL's `xmin`, as text), or null when there is none.
 * Every update of a row gives it a new row version, through the API or not, so a copy kept with it can be
 * checked (`xmin = $n::xid`) inside the statement that relies on it.
 */
export async function oneWithRowVersion<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<{ row: T; rowVersion: string } | null> {
  const { entities, raw } = await query
    .addSelect(`${query.alias}.xmin::text`, 'row_version')
    .getRawAndEntities<{ row_version: string }>();
  return entities[0] ? { row: entities[0], rowVersion: raw[0].row_version } : null;
}
