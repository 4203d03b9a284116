import type { LocalizedText } from '@prgauge/contracts';
import { flattenFramework } from '@prgauge/scoring';
import { EntityManager } from 'typeorm';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { trainingLeafValues } from '../training/training-leaf-values';
import type { ScoredAgency } from './scored-cycle';
import { toScoringFramework, ValueForScoring } from './scoring-document';

export interface CycleInputs {
  /** Agencies with data of their own in the cycle: these are scored and ranked. */
  agencies: ScoredAgency[];
  /** Active agencies with none (no submission, or none approved for a published ranking): listed, unscored. */
  unscored: ScoredAgency[];
  values: ValueForScoring[];
}

interface AgencyRow {
  id: string;
  code: string;
  name: LocalizedText;
  attributes: Record<string, number>;
  peer_group_id: string | null;
  peer_group: string | null;
  peer_group_name: LocalizedText | null;
}

/**
 * The active agencies of the cycle's region and their values. `approvedOnly` limits values to approved
 * submissions: only reviewed data goes into a published ranking. Computed leaves take their values from
 * the modules that own them (training registers), whatever the submission holds. An agency is scored only
 * when it has a value of its own: the registers alone, or the "missing scores zero" policy, would otherwise
 * give an agency that reported nothing (or whose report is not approved) a total of 0 and a rank among those
 * that did, which the publish summary promises it will not get.
 */
export async function loadCycleInputs(
  manager: EntityManager,
  cycle: CycleRecord,
  approvedOnly: boolean,
): Promise<CycleInputs> {
  const agencies: AgencyRow[] = await manager.query(
    `SELECT a.id, a.code, a.name, a.attributes, a.peer_group_id, pg.code AS peer_group, pg.name AS peer_group_name
       FROM agency a LEFT JOIN peer_group pg ON pg.id = a.peer_group_id
      WHERE a.region_id = $1 AND a.active
      ORDER BY a.code`,
    [cycle.regionId],
  );
  const rows: { agency_id: string; indicator_key: string; value: number }[] = await manager.query(
    `SELECT s.agency_id, v.indicator_key, v.value
       FROM submission s JOIN submission_value v ON v.submission_id = s.id
      WHERE s.cycle_id = $1 AND v.value IS NOT NULL ${approvedOnly ? "AND s.status = 'approved'" : ''}`,
    [cycle.id],
  );
  const leaves = new Set(flattenFramework(toScoringFramework(cycle.framework)).map((l) => l.leaf.key));
  const active = new Set(agencies.map((a) => a.id));
  const reporting = new Set(rows.map((r) => r.agency_id).filter((id) => active.has(id)));
  const computed = await trainingLeafValues(manager, cycle, [...reporting]);
  const computedKeys = new Set(computed.map((v) => v.indicator));
  const scoredAgencies = agencies.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    attributes: a.attributes,
    peerGroupId: a.peer_group_id,
    peerGroup: a.peer_group,
    peerGroupName: a.peer_group_name,
  }));
  return {
    agencies: scoredAgencies.filter((a) => reporting.has(a.id)),
    unscored: scoredAgencies.filter((a) => !reporting.has(a.id)),
    // A leaf removed while the cycle was a draft, or an agency since deactivated, must not break scoring.
    values: [
      ...rows
        .filter(
          (r) => leaves.has(r.indicator_key) && active.has(r.agency_id) && !computedKeys.has(r.indicator_key),
        )
        .map((r) => ({ agencyId: r.agency_id, indicator: r.indicator_key, value: r.value })),
      ...computed,
    ],
  };
}
