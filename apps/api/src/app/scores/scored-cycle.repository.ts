import { Injectable } from '@nestjs/common';
import type { TrendPoint } from '@prgauge/contracts';
import {
  flattenFramework,
  scoreDocument,
  type AgencyResult,
  type SensitivityOptions,
} from '@prgauge/scoring';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { agencyProfilesById } from '../agencies/agency-profiles.facade';
import { peerGroupLabels } from '../regions/peer-group-labels.facade';
import { type CycleRecord, previousPublishedCycle, publishedCycles } from '../cycles/cycle-record.facade';
import { loadCycleInputs } from './cycle-inputs.loader';
import { ScoreSnapshot } from './score-snapshot.entity';
import type { ScoredCycle } from './scored-cycle';
import { toScoringFramework } from '../cycles/scoring-framework';
import { buildScoringDocument } from './scoring-document';

/** Rank stability of published results: 1,000 runs with every index weight debated by ±25 %. */
export const PUBLISHED_SENSITIVITY: SensitivityOptions = { runs: 1000, spread: 0.25, seed: 42 };
/** Live previews are recomputed on every read, so they use fewer runs. */
export const PREVIEW_SENSITIVITY: SensitivityOptions = { runs: 200, spread: 0.25, seed: 42 };

/** The result of an agency without data of its own: listed after the ranked ones, with no total or rank. */
function unscoredResult(agencyId: string, nodeKeys: string[]): AgencyResult {
  const empty = Object.fromEntries(nodeKeys.map((key) => [key, null]));
  return {
    agency: agencyId,
    total: null,
    rank: null,
    groupRank: null,
    coverage: 0,
    scores: empty,
    contributions: { ...empty },
  };
}

/** Reads a cycle's results: from its published snapshot, or computed live from the current data. */
@Injectable()
export class ScoredCycleRepository {
  constructor(@InjectRepository(ScoreSnapshot) private readonly snapshots: Repository<ScoreSnapshot>) {}

  async compute(
    cycle: CycleRecord,
    approvedOnly: boolean,
    sensitivity: SensitivityOptions,
    manager = this.snapshots.manager,
  ): Promise<ScoredCycle> {
    const inputs = await loadCycleInputs(manager, cycle, approvedOnly);
    const output = scoreDocument(
      buildScoringDocument(cycle.framework, inputs.agencies, inputs.values, sensitivity),
    );
    const nodeKeys = [
      ...new Set(flattenFramework(toScoringFramework(cycle.framework)).flatMap((l) => l.path)),
    ];
    // One record per agency, filled in place: copying it for each of its values made this quadratic in the
    // indicators, the slowest step of publishing a large region after scoring itself.
    const values = new Map<string, Record<string, number | null>>();
    for (const v of inputs.values) {
      let own = values.get(v.agencyId);
      if (!own) values.set(v.agencyId, (own = {}));
      own[v.indicator] = v.value;
    }
    return {
      cycle,
      publishedAt: null,
      agencies: new Map([...inputs.agencies, ...inputs.unscored].map((a) => [a.id, a])),
      results: [...output.results, ...inputs.unscored.map((a) => unscoredResult(a.id, nodeKeys))],
      values,
    };
  }

  async published(cycle: CycleRecord): Promise<ScoredCycle> {
    const manager = this.snapshots.manager;
    const snapshots = await this.snapshots.find({
      where: { cycleId: cycle.id, publication: cycle.publication },
      order: { rank: { direction: 'ASC', nulls: 'LAST' }, agencyId: 'ASC' },
    });
    const profiles = await agencyProfilesById(
      manager,
      snapshots.map((s) => s.agencyId),
    );
    const groups = await peerGroupLabels(
      manager,
      snapshots.map((s) => s.peerGroupId),
    );
    const rows = snapshots.flatMap((s) => {
      const agency = profiles.get(s.agencyId);
      const group = s.peerGroupId ? groups.get(s.peerGroupId) : undefined;
      // A snapshot names its agency's code and name as they are now; one without its agency is left out.
      return agency
        ? [
            {
              ...s,
              code: agency.code,
              name: agency.name,
              peerGroup: group?.code ?? null,
              peerGroupName: group?.name ?? null,
            },
          ]
        : [];
    });
    const results: AgencyResult[] = rows.map((r) => ({
      agency: r.agencyId,
      total: r.total,
      rank: r.rank,
      groupRank: r.groupRank,
      coverage: r.coverage,
      scores: r.scores,
      contributions: r.contributions,
      ...(r.stability ? { stability: r.stability } : {}),
    }));
    return {
      cycle,
      publishedAt: cycle.publishedAt,
      agencies: new Map(
        rows.map((r) => [
          r.agencyId,
          {
            id: r.agencyId,
            code: r.code,
            name: r.name,
            peerGroupId: r.peerGroupId,
            peerGroup: r.peerGroup,
            peerGroupName: r.peerGroupName,
            attributes: r.agencyAttributes,
          },
        ]),
      ),
      results,
      values: new Map(rows.map((r) => [r.agencyId, r.indicatorValues])),
    };
  }

  /** The region's most recent published cycle that ended before this one started. */
  previousPublished(
    cycle: CycleRecord,
    manager: EntityManager = this.snapshots.manager,
  ): Promise<CycleRecord | null> {
    return previousPublishedCycle(manager, cycle);
  }

  async snapshotOf(cycle: CycleRecord, agencyId: string): Promise<ScoreSnapshot | null> {
    return this.snapshots.findOneBy({ cycleId: cycle.id, publication: cycle.publication, agencyId });
  }

  async ranksOf(
    cycle: CycleRecord,
    manager: EntityManager = this.snapshots.manager,
  ): Promise<Map<string, number | null>> {
    const rows = await manager.getRepository(ScoreSnapshot).find({
      where: { cycleId: cycle.id, publication: cycle.publication },
      select: { agencyId: true, rank: true },
    });
    return new Map(rows.map((r) => [r.agencyId, r.rank]));
  }

  /** The agency's total and rank in each published cycle of its region, oldest first, imported history marked. */
  async trend(regionId: string, agencyId: string): Promise<TrendPoint[]> {
    return (await this.trends(regionId, [agencyId])).get(agencyId) ?? [];
  }

  /** `trend` for many agencies of one region in one read, by agency id (an agency never published maps to []). */
  async trends(regionId: string, agencyIds: readonly string[]): Promise<Map<string, TrendPoint[]>> {
    const manager = this.snapshots.manager;
    const out = new Map<string, TrendPoint[]>(agencyIds.map((id) => [id, []]));
    const cycles = await publishedCycles(manager, regionId, 'ASC');
    if (cycles.length === 0 || agencyIds.length === 0) return out;
    const snapshots = await manager.find(ScoreSnapshot, {
      where: { agencyId: In([...agencyIds]), cycleId: In(cycles.map((c) => c.id)) },
      select: { agencyId: true, cycleId: true, publication: true, total: true, rank: true },
    });
    // Only the current publication of each cycle counts; earlier ones were withdrawn by a re-opening.
    const current = new Map(
      snapshots
        .filter((s) => cycles.some((c) => c.id === s.cycleId && c.publication === s.publication))
        .map((s) => [`${s.agencyId}/${s.cycleId}`, s]),
    );
    for (const agencyId of agencyIds)
      out.set(
        agencyId,
        cycles.flatMap((c) => {
          const snapshot = current.get(`${agencyId}/${c.id}`);
          return snapshot
            ? [
                {
                  cycleId: c.id,
                  cycleName: c.name,
                  periodEnd: c.periodEnd,
                  total: snapshot.total,
                  rank: snapshot.rank,
                  importedHistory: c.importedHistory,
                },
              ]
            : [];
        }),
      );
    return out;
  }

  /** The indicator values each agency had in a published cycle, by agency id. */
  async valuesOf(
    cycle: CycleRecord,
    agencyIds: readonly string[],
  ): Promise<Map<string, ScoreSnapshot['indicatorValues']>> {
    const rows = await this.snapshots.find({
      where: { cycleId: cycle.id, publication: cycle.publication, agencyId: In([...agencyIds]) },
      select: { agencyId: true, indicatorValues: true },
    });
    return new Map(rows.map((r) => [r.agencyId, r.indicatorValues]));
  }
}
