import {
  CALENDARS,
  LOCALES,
  type Calendar,
  type CreateRegionRequest,
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
  };
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
  };
}
