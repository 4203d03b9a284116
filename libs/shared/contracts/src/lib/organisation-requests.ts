import type { Locale, LocalizedText } from './locale';
import type { Calendar } from './organisation';
import type { IsoWeekday } from './working-week';
import type { WorkingWeekPreset } from './working-week-presets';

/** `POST /api/agencies`. */
export interface CreateAgencyRequest {
  /** 1–40 letters, digits, dots, dashes or underscores; unique in the region. */
  code: string;
  name: LocalizedText;
  peerGroupId?: string | null;
  /** Figures a framework may divide by, such as `{ prStaff: 4 }`. */
  attributes?: Record<string, number>;
  /** True by default. */
  active?: boolean;
  /** National admins only: directors create agencies in their own region. */
  regionId?: string;
}

/** `PATCH /api/agencies/:agencyId`: any field; a stale `version` answers 409 with the agency as it is. */
export interface UpdateAgencyRequest extends Partial<Omit<CreateAgencyRequest, 'regionId'>> {
  version: number;
}

/** `POST /api/regions` (national admins). */
export interface CreateRegionRequest {
  /** 2–63 lower-case letters, digits or dashes. */
  code: string;
  name: LocalizedText;
  /** IANA time zone that Intl knows, e.g. `Asia/Tehran`; `Europe/Moscow` when left out. */
  timeZone?: string;
  /** `ru` when left out. */
  defaultLocale?: Locale;
  /** `gregorian` when left out. */
  calendar?: Calendar;
  /**
   * Weekly days off (1 Monday … 7 Sunday), at most six, no repeats; when left out, those of the region's national
   * preset (`presetOfRegion`): Friday for a Persian region, Saturday and Sunday otherwise.
   */
  daysOff?: IsoWeekday[];
}

/** `POST /api/regions/:regionId/holidays` (national admins): adds a holiday, or renames the one on that day. */
export interface AddHolidayRequest {
  /** The Gregorian day, `YYYY-MM-DD`. */
  date: string;
  name: LocalizedText;
}

/** `POST /api/regions/:regionId/holidays/preset` (national admins): adds a country's holidays of one year. */
export interface HolidayPresetRequest {
  preset: WorkingWeekPreset;
  /** In the preset's calendar: Solar Hijri for `ir` (1405), Gregorian for `kz` and `ru`. */
  year: number;
}

/** `PATCH /api/regions/:regionId` (national admins): any field but the code; a stale `version` answers 409. */
export interface UpdateRegionRequest extends Partial<Omit<CreateRegionRequest, 'code'>> {
  version: number;
}

/** `POST /api/regions/:regionId/peer-groups`. */
export interface CreatePeerGroupRequest {
  /** Lower-case letters, digits or dashes, at most 63. */
  code: string;
  name: LocalizedText;
}

/** `PATCH /api/regions/:regionId/peer-groups/:groupId`. */
export interface RenamePeerGroupRequest {
  name: LocalizedText;
}
