import type { LocalizedText } from '@prgauge/contracts';
import type { AgencyResult } from '@prgauge/scoring';
import type { CycleRecord } from '../cycles/cycle-record.facade';

export interface ScoredAgency {
  id: string;
  code: string;
  name: LocalizedText;
  peerGroupId: string | null;
  peerGroup: string | null;
  peerGroupName: LocalizedText | null;
  /** The attributes it is scored with: `prStaff` divides per-staff indicators. */
  attributes: Record<string, number>;
}

/** A cycle's results, whether read from a published snapshot or computed live, in one shape for every view. */
export interface ScoredCycle {
  cycle: CycleRecord;
  publishedAt: Date | null;
  agencies: Map<string, ScoredAgency>;
  /** By rank, as the scoring library orders them. */
  results: AgencyResult[];
  /** Raw values per agency and indicator. */
  values: Map<string, Record<string, number | null>>;
}
