import type { Trainer } from '@prgauge/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchColumn } from '../app/common/search-column';
import { eventSearchTexts } from '../app/training/event-search';

/**
 * Training events are searched by the shared search key of their title, place and trainers (`title_search`),
 * filled for existing rows through the API's own function, with a trigram index for the contains-search.
 */
export class AddTrainingEventTitleSearch20270110100200 implements MigrationInterface {
  name = 'AddTrainingEventTitleSearch20270110100200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_event ADD COLUMN title_search text`);
    await backfillSearchColumn<{ id: string; title: string; location: string | null; trainers: Trainer[] }>(
      q,
      'training_event',
      'title_search',
      'id, title, location, trainers',
      eventSearchTexts,
    );
    await q.query(`ALTER TABLE training_event ALTER COLUMN title_search SET NOT NULL`);
    await q.query(
      `CREATE INDEX training_event_title_search ON training_event USING gin (title_search gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_event DROP COLUMN title_search`);
  }
}
