import { Injectable } from '@nestjs/common';
import type { CycleView } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion } from '../common/scope';
import { Cycle } from '../cycles/cycle.entity';
import { assertPublishable } from '../cycles/publish-guard';
import { readPublishSummary } from '../cycles/publish-summary.reader';
import { announceCycleChange, CycleChangeFeed } from './cycle-change-feed';
import { PublishedRanking } from './published-ranking.entity';
import { buildRanking } from './ranking-view';
import { ScoreSnapshot } from './score-snapshot.entity';
import type { ScoredCycle } from './scored-cycle';
import { PUBLISHED_SENSITIVITY, ScoredCycleRepository } from './scored-cycle.repository';
import { Clock } from '../common/clock';
import { cycleView } from '../cycles/cycle-views';

/** Publishing freezes a cycle's results: snapshots in tables, and the ranking serialised once for every reader. */
@Injectable()
export class PublishService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scored: ScoredCycleRepository,
    private readonly audit: AuditService,
    private readonly changes: CycleChangeFeed,
    private readonly clock: Clock,
  ) {}

  async publish(cycleId: string, actor: Actor): Promise<CycleView> {
    const view = await this.dataSource.transaction(async (manager) => {
      // The row lock makes two simultaneous publishes of one cycle run one after the other.
      const cycle = await manager
        .getRepository(Cycle)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: cycleId })
        .getOne();
      if (!cycle) throw new RecordNotFoundException('cycle', { id: cycleId });
      assertRegion(actor.user, cycle.regionId, 'cycle');
      const publishedAt = this.clock.now();
      assertPublishable(await readPublishSummary(manager, cycle, publishedAt));
      const publication = cycle.publication + 1;
      const scored = await this.scored.compute(cycle, true, PUBLISHED_SENSITIVITY, manager);
      await this.writeSnapshots(manager, scored, publication);
      const previous = await this.scored.previousPublished(cycle, manager);
      const ranking = buildRanking(
        { ...scored, publishedAt },
        previous ? { cycleId: previous.id, ranks: await this.scored.ranksOf(previous, manager) } : null,
      );
      ranking.cycle.status = 'published';
      await manager.insert(PublishedRanking, {
        cycleId,
        publication,
        publishedAt,
        publishedBy: actor.user.id,
        body: JSON.stringify(ranking),
      });
      await manager.update(Cycle, cycle.id, {
        status: 'published',
        publication,
        publishedAt,
        version: cycle.version + 1,
      });
      await announceCycleChange(manager, cycle.id);
      await this.audit.record(manager, actor, {
        action: 'cycle.publish',
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: [
          { field: 'status', old: cycle.status, new: 'published' },
          { field: 'publication', old: cycle.publication, new: publication },
        ],
      });
      return cycleView(manager, {
        ...cycle,
        status: 'published',
        publication,
        publishedAt,
        version: cycle.version + 1,
      });
    });
    this.changes.changedHere(cycleId);
    return view;
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
