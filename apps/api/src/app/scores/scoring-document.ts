import type { FrameworkDocument } from '@prgauge/contracts';
import type { ScoringInput } from '@prgauge/scoring';
import { toScoringFramework } from '../cycles/scoring-framework';

export interface AgencyForScoring {
  id: string;
  peerGroup: string | null;
  attributes: Record<string, number>;
}

export interface ValueForScoring {
  agencyId: string;
  indicator: string;
  value: number;
}

/** The library's input document for one cycle: its framework, the agencies and their values. */
export function buildScoringDocument(
  framework: FrameworkDocument,
  agencies: AgencyForScoring[],
  values: ValueForScoring[],
  sensitivity?: ScoringInput['sensitivity'],
): ScoringInput {
  return {
    framework: toScoringFramework(framework),
    agencies: agencies.map((agency) => ({
      id: agency.id,
      name: agency.id,
      ...(agency.peerGroup ? { group: agency.peerGroup } : {}),
      attributes: agency.attributes,
    })),
    values: values.map((v) => ({ agency: v.agencyId, indicator: v.indicator, value: v.value })),
    ...(sensitivity ? { sensitivity } : {}),
  };
}
