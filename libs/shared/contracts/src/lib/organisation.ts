import { LocalizedText } from './locale';

export interface RegionView {
  id: string;
  code: string;
  name: LocalizedText;
}

export interface PeerGroupView {
  id: string;
  regionId: string;
  code: string;
  name: LocalizedText;
}

export interface AgencyView {
  id: string;
  regionId: string;
  code: string;
  name: LocalizedText;
  peerGroupId: string | null;
  /** Figures the framework can divide by, such as `prStaff`. */
  attributes: Record<string, number>;
  active: boolean;
  version: number;
}

/** The answer to a CSV import: with `dryRun`, the agencies that would be created, unsaved (empty ids). */
export interface AgencyImportResult {
  created: number;
  agencies: AgencyView[];
}
