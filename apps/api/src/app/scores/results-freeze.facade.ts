import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { type Publication, ResultsFreezer } from '../cycles/results-freezer';
import { PublishedRanking } from './published-ranking.entity';
import { buildRanking } from './ranking-view';
import { PublishedThenRepository } from './published-then.repository';
import { ScoreSnapshot } from './score-snapshot.entity';
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

  private async writeSnapshots(
    manager: EntityManager,
    scored: ScoredCycle,
    publication: number,
  ): Promise<void> {
    const rows = scored.results.map((r) => ({
      cycleId: scored.cycle.id,
      publication,
      agencyId: r.agency,
      peerGroupId: scored.agencies.get(r.agency)?.peerGroupId ?? null,
      total: r.total,
      rank: r.rank,
      groupRank: r.groupRank,
      coverage: r.coverage,
      scores: r.scores,
      contributions: r.contributions,
      stability: r.stability ?? null,
      indicatorValues: scored.values.get(r.agency) ?? {},
      agencyAttributes: scored.agencies.get(r.agency)?.attributes ?? {},
    }));
    // Chunks keep each INSERT well under PostgreSQL's limit on bound parameters.
    for (let i = 0; i < rows.length; i += 500) await manager.insert(ScoreSnapshot, rows.slice(i, i + 500));
  }
}
