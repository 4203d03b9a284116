import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { type Publication, ResultsFreezer } from '../cycles/results-freezer';
import { PublishedRanking } from './published-ranking.entity';
import { buildRanking } from './ranking-view';
import { PublishedThenRepository } from './published-then.repository';
import type { ScoredCycle } from './scored-cycle';
import { PUBLISHED_SENSITIVITY, ScoredCycleRepository } from './scored-cycle.repository';

/**
 * Freezes a cycle's results for the cycles module's publish step, as its `ResultsFreezer`: snapshots in tables,
 * and the ranking serialised once for every reader. Whether the cycle may be published is the cycles module's
 * decision.
 */
@Injectable()
export class ResultsFreezeFacade extends ResultsFreezer {
  constructor(
    private readonly scored: ScoredCycleRepository,
    private readonly publishedThen: PublishedThenRepository,
  ) {
    super();
  }

  /**
   * Scores the cycle's approved data with the published sensitivity and stores it as `publication`, inside the
   * caller's transaction. The stored ranking already reads `published`, and compares ranks with the region's
   * previous published cycle. Imported history was never reviewed in the product, so every value it holds
   * counts, and its ranking carries the figures published at the time beside the recomputation.
   */
  async freezeResults(manager: EntityManager, cycle: CycleRecord, at: Publication): Promise<void> {
    const approvedOnly = !cycle.importedHistory;
    const scored = await this.scored.compute(cycle, approvedOnly, PUBLISHED_SENSITIVITY, manager);
    await this.writeSnapshots(manager, scored, at.publication);
    const previous = await this.scored.previousPublished(cycle, manager);
    const ranking = buildRanking(
      { ...scored, publishedAt: at.publishedAt },
      previous ? { cycleId: previous.id, ranks: await this.scored.ranksOf(previous, manager) } : null,
      await this.publishedThen.byAgency(manager, cycle.id),
    );
    ranking.cycle.status = 'published';
    await manager.insert(PublishedRanking, {
      cycleId: cycle.id,
      publication: at.publication,
      publishedAt: at.publishedAt,
      publishedBy: at.publishedBy,
      body: JSON.stringify(ranking),
    });
  }

  /**
   * One statement for the whole region, its rows passed as one JSON array: TypeORM's multi-row insert spent more
   * time building its parameter list than PostgreSQL spent writing. A JSON null reads as SQL NULL, as TypeORM
   * wrote it, and numbers keep the text JavaScript gives them, so the stored rows are the same.
   */
  private async writeSnapshots(
    manager: EntityManager,
    scored: ScoredCycle,
    publication: number,
  ): Promise<void> {
    const rows = scored.results.map((r) => ({
      agency_id: r.agency,
      peer_group_id: scored.agencies.get(r.agency)?.peerGroupId ?? null,
      total: r.total,
      rank: r.rank,
      group_rank: r.groupRank,
      coverage: r.coverage,
      scores: r.scores,
      contributions: r.contributions,
      stability: r.stability ?? null,
      indicator_values: scored.values.get(r.agency) ?? {},
      agency_attributes: scored.agencies.get(r.agency)?.attributes ?? {},
    }));
    await manager.query(
      `INSERT INTO score_snapshot (cycle_id, publication, agency_id, peer_group_id, total, rank, group_rank, coverage,
                                   scores, contributions, stability, indicator_values, agency_attributes)
       SELECT $1, $2, r.agency_id, r.peer_group_id, r.total, r.rank, r.group_rank, r.coverage,
              r.scores, r.contributions, r.stability, r.indicator_values, r.agency_attributes
         FROM jsonb_to_recordset($3::jsonb) AS r(agency_id uuid, peer_group_id uuid, total double precision,
              rank integer, group_rank integer, coverage double precision, scores jsonb, contributions jsonb,
              stability jsonb, indicator_values jsonb, agency_attributes jsonb)`,
      [scored.cycle.id, publication, JSON.stringify(rows)],
    );
  }
}
