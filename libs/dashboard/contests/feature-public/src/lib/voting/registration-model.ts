import { LIMITS, LOGIN_PATTERN } from '@prgauge/contracts';
import { isWebAddress } from '../shared/web-address';

/** What journalists and bloggers do in the media; sent as the key, shown in the reader's language. */
export const MEDIA_ROLES = [
  'reporter',
  'editor',
  'blogger',
  'columnist',
  'photographer',
  'producer',
] as const;

export interface RegistrationValue {
  login: string;
  password: string;
  displayName: string;
  outlet: string;
  mediaRole: string;
  workLink: string;
  /** The journalist's consent to the processing of their personal data. */
  personalDataConsent: boolean;
}

/** Problems as text keys; the account fields count only for a visitor who is not signed in. */
export function registrationProblems(
  v: RegistrationValue,
  newAccount: boolean,
): Partial<Record<keyof RegistrationValue, string>> {
  const problems: Partial<Record<keyof RegistrationValue, string>> = {};
  if (newAccount) {
    if (!LOGIN_PATTERN.test(v.login.trim())) problems.login = 'contests.register.problem.login';
    if (v.password.length < LIMITS.password.min) problems.password = 'contests.register.problem.password';
    if (v.displayName.trim().length < LIMITS.personName.min)
      problems.displayName = 'contests.register.problem.required';
  }
  if (v.outlet.trim().length < LIMITS.outlet.min) problems.outlet = 'contests.register.problem.required';
  if (!v.mediaRole) problems.mediaRole = 'contests.register.problem.required';
  if (!isWebAddress(v.workLink)) problems.workLink = 'contests.register.problem.workLink';
  if (!v.personalDataConsent) problems.personalDataConsent = 'contests.register.problem.consent';
  return problems;
}
