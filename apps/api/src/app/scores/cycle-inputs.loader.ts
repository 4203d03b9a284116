import { flattenFramework } from '@prgauge/scoring';
import { EntityManager } from 'typeorm';
import { activeAgencyProfiles } from '../agencies/agency-profiles.facade';
import { peerGroupLabels } from '../regions/peer-group-labels.facade';
import { reportedValues } from '../submissions/reported-values.facade';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { trainingLeafValues } from '../training/training-leaf-values';
import type { ScoredAgency } from './scored-cycle';
import { toScoringFramework } from '../cycles/scoring-framework';
import type { ValueForScoring } from './scoring-document';

export interface CycleInputs {
  /** Agencies with data of their own in the cycle: these are scored and ranked. */
  agencies: ScoredAgency[];
  /** Active agencies with none (no submission, or none approved for a published ranking): listed, unscored. */
  unscored: ScoredAgency[];
  values: ValueForScoring[];
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
  const agencies = await activeAgencyProfiles(manager, cycle.regionId);
  const groups = await peerGroupLabels(
    manager,
    agencies.map((a) => a.peerGroupId),
  );
  const rows = await reportedValues(manager, cycle.id, approvedOnly);
  const leaves = new Set(flattenFramework(toScoringFramework(cycle.framework)).map((l) => l.leaf.key));
  const active = new Set(agencies.map((a) => a.id));
  const reporting = new Set(rows.map((r) => r.agencyId).filter((id) => active.has(id)));
  const computed = await trainingLeafValues(manager, cycle, [...reporting]);
  const computedKeys = new Set(computed.map((v) => v.indicator));
  const scoredAgencies = agencies.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    attributes: a.attributes,
    peerGroupId: a.peerGroupId,
    peerGroup: a.peerGroupId ? (groups.get(a.peerGroupId)?.code ?? null) : null,
    peerGroupName: a.peerGroupId ? (groups.get(a.peerGroupId)?.name ?? null) : null,
  }));
  return {
    agencies: scoredAgencies.filter((a) => reporting.has(a.id)),
    unscored: scoredAgencies.filter((a) => !reporting.has(a.id)),
    // A leaf removed while the cycle was a draft, or an agency since deactivated, must not break scoring.
    values: [
      ...rows.filter(
        (r) => leaves.has(r.indicator) && active.has(r.agencyId) && !computedKeys.has(r.indicator),
      ),
      ...computed,
    ],
  };
}
