import { searchDocument } from '@prgauge/text';
import type {
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  UpdateEvent,
} from 'typeorm';

/**
 * Keeps an entity's search column (the `searchDocument` of some of its texts) in step with those texts on every
 * insert and update TypeORM makes: `save` and `insert` of an entity or a plain object, and query-builder updates
 * that set every source field. An update that sets some sources without the others (and without the loaded
 * record to fill them in) cannot know the column's new value: set it explicitly there.
 *
 * A module owning a searchable table extends this once, decorates the subclass with `@EventSubscriber()` (TypeORM
 * ignores undecorated ones) and lists it in `database/subscribers.ts`.
 */
export abstract class SearchColumnSubscriber<
  E extends ObjectLiteral,
> implements EntitySubscriberInterface<E> {
  /** The entity whose column is kept. */
  protected abstract readonly entity: new () => E;
  /** The property holding the search document. */
  protected abstract readonly column: keyof E & string;
  /** The texts that are searched, as the record holds them. */
  protected abstract texts(record: E): (string | null | undefined)[];
  /** The properties `texts` reads: the column is written only when all of them are known. */
  protected abstract readonly sources: readonly (keyof E & string)[];

  listenTo(): new () => E {
    return this.entity;
  }

  beforeInsert(event: InsertEvent<E>): void {
    this.fill(event.entity, event.entity);
  }

  beforeUpdate(event: UpdateEvent<E>): void {
    if (!event.entity) return;
    this.fill(event.entity, { ...(event.databaseEntity ?? {}), ...event.entity } as E);
  }

  private fill(target: ObjectLiteral, record: E): void {
    // A value set by a SQL expression (a function) is unknown here; so is a source left out.
    const known = this.sources.every((s) => record[s] !== undefined && typeof record[s] !== 'function');
    if (known) (target as Record<string, unknown>)[this.column] = searchDocument(this.texts(record));
  }
}

/**
 * Fills a new search column for every existing row, in TypeScript so that the rows get exactly the keys the API
 * writes: for migrations that add or change a search column. `select` names the id and the source columns.
 */
export async function backfillSearchColumn<Row extends { id: string }>(
  queryRunner: QueryRunner,
  table: string,
  column: string,
  select: string,
  texts: (row: Row) => (string | null | undefined)[],
): Promise<void> {
  const rows: Row[] = await queryRunner.query(`SELECT ${select} FROM ${table}`);
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    await queryRunner.query(
      `UPDATE ${table} t SET ${column} = v.document
         FROM unnest($1::uuid[], $2::text[]) AS v(id, document) WHERE t.id = v.id`,
      [batch.map((r) => r.id), batch.map((r) => searchDocument(texts(r)))],
    );
  }
}
