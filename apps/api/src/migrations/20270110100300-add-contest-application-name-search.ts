import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchColumn } from '../app/common/search-column';
import { applicationSearchTexts } from '../app/contests/applications/application-search';

/**
 * Contest applications are searched by the shared search key of the candidate's name and organisation and the
 * project's title (`name_search`), filled for existing rows through the API's own function, with a trigram
 * index for the contains-search.
 */
export class AddContestApplicationNameSearch20270110100300 implements MigrationInterface {
  name = 'AddContestApplicationNameSearch20270110100300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contest_application ADD COLUMN name_search text`);
    await backfillSearchColumn<{
      id: string;
      candidateName: string;
      candidateOrganisation: string;
      projectTitle: string;
    }>(
      q,
      'contest_application',
      'name_search',
      `id, candidate_name AS "candidateName", candidate_organisation AS "candidateOrganisation",
       project_title AS "projectTitle"`,
      applicationSearchTexts,
    );
    await q.query(`ALTER TABLE contest_application ALTER COLUMN name_search SET NOT NULL`);
    await q.query(
      `CREATE INDEX contest_application_name_search ON contest_application USING gin (name_search gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contest_application DROP COLUMN name_search`);
  }
}
