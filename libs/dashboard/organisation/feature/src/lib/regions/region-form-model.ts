import {
  CALENDARS,
  ISO_WEEKDAYS,
  LOCALES,
  PRESET_DAYS_OFF,
  presetOfRegion,
  type Calendar,
  type CreateRegionRequest,
  type IsoWeekday,
  type Locale,
  type RegionView,
  type UpdateRegionRequest,
} from '@prgauge/contracts';
import type { FieldProblems } from '../shared/field-problems';
import { localizedTextOf, nameInputsOf, nameProblems, type NameInputs } from '../shared/localized-name';

/** A region code as the API takes it: 2–63 lower-case letters, digits or dashes. */
export const REGION_CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The region form as typed. */
export interface RegionFormValue {
  code: string;
  name: NameInputs;
  timeZone: string;
  defaultLocale: Locale;
  calendar: Calendar;
  /** Weekly days off as ticked; null until someone ticks one, meaning those of the region's national preset. */
  daysOff: IsoWeekday[] | null;
}

/** The zones the browser knows, for the picker; the API checks the choice against its own Intl. */
export function knownTimeZones(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** The form for a new region (Moscow time, Russian, Gregorian, as the API defaults), or a stored one. */
export function regionFormValueOf(region: RegionView | null): RegionFormValue {
  return {
    code: region?.code ?? '',
    name: nameInputsOf(region?.name ?? null),
    timeZone: region?.timeZone ?? 'Europe/Moscow',
    defaultLocale: region?.defaultLocale ?? 'ru',
    calendar: region?.calendar ?? 'gregorian',
    daysOff: region?.daysOff ?? null,
  };
}

/** The days off the form shows ticked: those ticked, else the national preset's of the language and calendar. */
export function daysOffShown(value: RegionFormValue): IsoWeekday[] {
  return value.daysOff ?? [...PRESET_DAYS_OFF[presetOfRegion(value)]];
}

/** The weekdays in the order a reader's calendar lists them: from Saturday in Persian, from Monday elsewhere. */
export function weekdaysFor(locale: Locale): IsoWeekday[] {
  const first = locale === 'fa' ? 6 : 1;
  return ISO_WEEKDAYS.map((_, i) => (((first - 1 + i) % 7) + 1) as IsoWeekday);
}

/** The days off after ticking (`off`) or unticking one weekday, in weekday order. */
export function toggledDaysOff(value: RegionFormValue, weekday: IsoWeekday, off: boolean): IsoWeekday[] {
  const others = daysOffShown(value).filter((d) => d !== weekday);
  return ISO_WEEKDAYS.filter((d) => (d === weekday ? off : others.includes(d)));
}

/**
 * What the API would refuse, as translation keys by field. The code is checked only for a new region, since it
 * cannot change; the zone must be one the browser's Intl lists.
 */
export function regionFormProblems(
  value: RegionFormValue,
  isNew: boolean,
  zones: readonly string[] = knownTimeZones(),
): FieldProblems {
  const problems: FieldProblems = {};
  if (isNew && !REGION_CODE.test(value.code)) problems['code'] = ['org.problem.regionCode'];
  const name = nameProblems(value.name);
  if (name.length) problems['name'] = name;
  if (!zones.includes(value.timeZone)) problems['timeZone'] = ['org.problem.timeZone'];
  if (!LOCALES.includes(value.defaultLocale)) problems['defaultLocale'] = ['org.problem.required'];
  if (!CALENDARS.includes(value.calendar)) problems['calendar'] = ['org.problem.required'];
  if (daysOffShown(value).length >= ISO_WEEKDAYS.length) problems['daysOff'] = ['org.problem.noWorkingDay'];
  return problems;
}

/** The body that creates the region of a valid form. */
export function createRegionRequestOf(value: RegionFormValue): CreateRegionRequest {
  return {
    code: value.code,
    name: localizedTextOf(value.name),
    timeZone: value.timeZone,
    defaultLocale: value.defaultLocale,
    calendar: value.calendar,
    ...(value.daysOff ? { daysOff: value.daysOff } : {}),
  };
}

/** The body that saves a valid form over the region at `version`. */
export function updateRegionRequestOf(value: RegionFormValue, version: number): UpdateRegionRequest {
  return {
    version,
    name: localizedTextOf(value.name),
    timeZone: value.timeZone,
    defaultLocale: value.defaultLocale,
    calendar: value.calendar,
    daysOff: daysOffShown(value),
  };
}
