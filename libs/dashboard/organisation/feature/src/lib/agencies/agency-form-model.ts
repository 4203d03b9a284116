import type { AgencyView, CreateAgencyRequest, UpdateAgencyRequest } from '@prgauge/contracts';
import type { FieldProblems } from '../shared/field-problems';
import { localizedTextOf, nameInputsOf, nameProblems, type NameInputs } from '../shared/localized-name';

/** An agency code as the API takes it: 1–40 letters, digits, dots, dashes or underscores. */
export const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** The largest figure an attribute holds (the API's `MAX_FIGURE`). */
export const MAX_PR_STAFF = 1e12;

/** The agency form as typed; an empty peer group or region means none chosen. */
export interface AgencyFormValue {
  code: string;
  name: NameInputs;
  peerGroupId: string;
  /** The PR unit's staff, as typed; empty leaves the attribute out. */
  prStaff: string;
  /** Where a national admin puts a new agency; directors' agencies go to their own region. */
  regionId: string;
}

export function agencyFormValueOf(agency: AgencyView | null, regionId = ''): AgencyFormValue {
  const staff = agency?.attributes['prStaff'];
  return {
    code: agency?.code ?? '',
    name: nameInputsOf(agency?.name ?? null),
    peerGroupId: agency?.peerGroupId ?? '',
    prStaff: staff === undefined ? '' : String(staff),
    regionId: agency?.regionId ?? regionId,
  };
}

/** The staff figure typed, or null when left empty; NaN when it is no figure from 0 to `MAX_PR_STAFF`. */
export function prStaffOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= MAX_PR_STAFF ? value : Number.NaN;
}

/** What the API would refuse, as translation keys by field; a national admin's new agency needs a region. */
export function agencyFormProblems(value: AgencyFormValue, needsRegion: boolean): FieldProblems {
  const problems: FieldProblems = {};
  if (!AGENCY_CODE.test(value.code)) problems['code'] = ['org.problem.agencyCode'];
  const name = nameProblems(value.name);
  if (name.length) problems['name'] = name;
  if (Number.isNaN(prStaffOf(value.prStaff))) problems['prStaff'] = ['org.problem.prStaff'];
  if (needsRegion && !value.regionId) problems['regionId'] = ['org.problem.required'];
  return problems;
}

/** The attributes to store: the agency's others kept, the staff figure set or removed. */
function attributesOf(value: AgencyFormValue, current: Record<string, number>): Record<string, number> {
  const others = Object.fromEntries(Object.entries(current).filter(([name]) => name !== 'prStaff'));
  const staff = prStaffOf(value.prStaff);
  return staff === null ? others : { ...others, prStaff: staff };
}

export function createAgencyRequestOf(value: AgencyFormValue, withRegion: boolean): CreateAgencyRequest {
  return {
    code: value.code,
    name: localizedTextOf(value.name),
    peerGroupId: value.peerGroupId || null,
    attributes: attributesOf(value, {}),
    ...(withRegion ? { regionId: value.regionId } : {}),
  };
}

export function updateAgencyRequestOf(value: AgencyFormValue, agency: AgencyView): UpdateAgencyRequest {
  return {
    version: agency.version,
    code: value.code,
    name: localizedTextOf(value.name),
    peerGroupId: value.peerGroupId || null,
    attributes: attributesOf(value, agency.attributes),
  };
}
