import type { ImportedFileSource } from './imported-file';
import { Locale, LocalizedText } from './locale';
import type { IsoWeekday } from './working-week';

/** The calendars a region counts its days and years in: Gregorian, or Solar Hijri (`persian`, as Intl names it). */
export const CALENDARS = ['gregorian', 'persian'] as const;
export type Calendar = (typeof CALENDARS)[number];

export interface RegionView {
  id: string;
  code: string;
  name: LocalizedText;
  /** IANA time zone, e.g. `Asia/Tehran`. */
  timeZone: string;
  /** The language of the region's people when neither the account nor the browser names one. */
  defaultLocale: Locale;
  calendar: Calendar;
  /** The weekdays nobody works (1 Monday … 7 Sunday): Friday in Iran, Saturday and Sunday in Kazakhstan and Russia. */
  daysOff: IsoWeekday[];
  version: number;
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
  /** How the file was read: its encoding and separator. */
  source: ImportedFileSource;
}
