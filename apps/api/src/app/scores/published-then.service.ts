import { HttpStatus, Injectable } from '@nestjs/common';
import type { PublishedThenResult } from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { agencyCodesOf } from '../agencies/agency-references';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException, type FieldProblemInput, InvalidFieldsException } from '../common/api-error';
import { visibleCycle } from '../cycles/cycle-record.facade';
import type { ParsedPublishedThen } from './published-then-file';
import { PublishedThenRow } from './published-then.entity';
import { PublishedThenRepository } from './published-then.repository';

/**
 * The totals and ranks a directorate published for a past cycle, given with a cycle of imported history so its
 * ranking shows them beside the product's recomputation. They are frozen into the ranking on publishing, so they
 * change only while the cycle is unpublished.
 */
@Injectable()
export class PublishedThenService {
  constructor(
    @InjectRepository(PublishedThenRow) private readonly rows: Repository<PublishedThenRow>,
    private readonly publishedThen: PublishedThenRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Replaces the cycle's figures with the file's, all or nothing. 404 for a cycle the actor may not see; 409
   * `results.not_imported_history` for an evaluated cycle, `results.published_then_locked` for a published one;
   * 400 `import.rows_invalid` naming each row and column (a file problem, an agency code not of the region).
   */
  async replace(cycleId: string, file: ParsedPublishedThen, actor: Actor): Promise<PublishedThenResult> {
    return this.rows.manager.transaction(async (manager) => {
      const cycle = await visibleCycle(manager, cycleId, actor.user);
      if (!cycle.importedHistory)
        throw new ApiException(HttpStatus.CONFLICT, 'results.not_imported_history', {});
      if (cycle.status === 'published' || cycle.status === 'archived')
        throw new ApiException(HttpStatus.CONFLICT, 'results.published_then_locked', {
          status: cycle.status,
        });
      const ids = new Map((await agencyCodesOf(manager, cycle.regionId)).map((a) => [a.code, a.id]));
      const problems: FieldProblemInput[] = [...file.problems];
      for (const row of file.rows)
        if (!ids.has(row.agencyCode))
          problems.push({
            field: `row ${row.line}, agency_code`,
            code: 'field.unknown_reference',
            params: { value: row.agencyCode },
            problems: [`"${row.agencyCode}" is not an agency of this region`],
          });
      if (problems.length)
        throw new InvalidFieldsException(problems, 'import.rows_invalid', { count: problems.length });
      const rows = file.rows.map((r) => ({
        agencyId: ids.get(r.agencyCode) ?? '',
        total: r.total,
        rank: r.rank,
      }));
      await this.publishedThen.replace(manager, cycle.id, rows);
      await this.audit.record(manager, actor, {
        action: 'cycle.published_then',
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: [{ field: 'publishedThen', old: null, new: rows.length }],
      });
      return { cycleId: cycle.id, agencies: rows.length };
    });
  }
}
