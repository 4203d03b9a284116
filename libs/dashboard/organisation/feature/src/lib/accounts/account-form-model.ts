import {
  LIMITS,
  LOCALES,
  LOGIN_PATTERN,
  type CreateAccountRequest,
  type Locale,
  type Role,
} from '@prgauge/contracts';
import { accountScopeOf, rolesGivenBy } from '@prgauge/permissions';
import { picksRegion } from '../shared/national-manager';
import type { FieldProblems } from '../shared/field-problems';

/** The new-account form as typed; empty ids mean none chosen. */
export interface AccountFormValue {
  login: string;
  displayName: string;
  role: Role;
  regionId: string;
  agencyId: string;
  /** The committee a committee member is seated on once the account exists. */
  committeeId: string;
  locale: Locale;
  /** Where its emails go; empty for none. */
  email: string;
}

/**
 * Roughly what an address looks like (something, @, a dotted domain): enough to catch a slip before sending;
 * the API's stricter check has the last word, and its refusal shows under the field.
 */
const LOOKS_LIKE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/u;

/** The form's problem with an address as typed, as translation keys; none for an empty one (no address). */
export function emailProblems(email: string): string[] {
  const typed = email.trim();
  if (!typed) return [];
  return LOOKS_LIKE_EMAIL.test(typed) && typed.length <= LIMITS.email.max ? [] : ['org.problem.email'];
}

/** The roles a manager may give (see `rolesGivenBy` of the permissions library). */
export const rolesFor = rolesGivenBy;

/** What a new account of `role` needs named: a region (by a national manager), an agency, or a committee seat. */
export function scopeOf(role: Role, managerRole: Role | undefined) {
  const scope = accountScopeOf(role);
  return {
    region: picksRegion(managerRole) && scope !== 'national',
    agency: scope === 'agency',
    committee: scope === 'committee',
  };
}

export function emptyAccountForm(locale: Locale = 'ru'): AccountFormValue {
  return {
    login: '',
    displayName: '',
    role: 'agency_editor',
    regionId: '',
    agencyId: '',
    committeeId: '',
    locale,
    email: '',
  };
}

/** The value after a change: a new role or region drops the choices that no longer apply. */
export function patchAccountForm(
  value: AccountFormValue,
  change: Partial<AccountFormValue>,
): AccountFormValue {
  const next = { ...value, ...change };
  if (change.regionId !== undefined && change.regionId !== value.regionId) {
    next.agencyId = '';
    next.committeeId = '';
  }
  const scope = accountScopeOf(next.role);
  if (scope !== 'agency') next.agencyId = '';
  if (scope !== 'committee') next.committeeId = '';
  return next;
}

/** What the API would refuse, as translation keys by field, for an account made by `managerRole`. */
export function accountFormProblems(value: AccountFormValue, managerRole: Role | undefined): FieldProblems {
  const problems: FieldProblems = {};
  if (!LOGIN_PATTERN.test(value.login)) problems['login'] = ['org.problem.login'];
  const name = value.displayName.trim();
  if (name.length < LIMITS.accountName.min || name.length > LIMITS.accountName.max)
    problems['displayName'] = ['org.problem.displayName'];
  if (!rolesFor(managerRole).includes(value.role)) problems['role'] = ['org.problem.required'];
  const scope = scopeOf(value.role, managerRole);
  if (scope.region && !value.regionId) problems['regionId'] = ['org.problem.required'];
  if (scope.agency && !value.agencyId) problems['agencyId'] = ['org.problem.required'];
  if (scope.committee && !value.committeeId) problems['committeeId'] = ['org.problem.required'];
  if (!LOCALES.includes(value.locale)) problems['locale'] = ['org.problem.required'];
  const email = emailProblems(value.email);
  if (email.length) problems['email'] = email;
  return problems;
}

/** The body that creates the account of a valid form, with the one-time password it starts with. */
export function createAccountRequestOf(
  value: AccountFormValue,
  managerRole: Role | undefined,
  password: string,
): CreateAccountRequest {
  const scope = scopeOf(value.role, managerRole);
  return {
    login: value.login,
    displayName: value.displayName.trim(),
    role: value.role,
    ...(scope.region ? { regionId: value.regionId } : {}),
    ...(scope.agency ? { agencyId: value.agencyId } : {}),
    locale: value.locale,
    ...(value.email.trim() ? { email: value.email.trim() } : {}),
    password,
  };
}
