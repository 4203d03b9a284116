import {
  type ApplicationFiler,
  type FileApplicationRequest,
  type Locale,
  LIMITS,
  type PublicApplicationRequest,
} from '@prgauge/contracts';
import { isWebAddress } from '../shared/web-address';

/** The form's fields as typed; links are one per line. */
export interface ApplicationFormValue {
  candidateName: string;
  candidatePosition: string;
  candidateOrganisation: string;
  agencyId: string;
  filedBy: ApplicationFiler;
  nominationIds: string[];
  projectTitle: string;
  projectStart: string;
  projectEnd: string;
  description: string;
  goal: string;
  results: string;
  links: string;
  /** Only when the candidate applies without an account. */
  contactEmail: string;
  /** The candidate's consent to the processing of their personal data (given by the filer on their behalf). */
  personalDataConsent: boolean;
}

export type ApplicationField = keyof ApplicationFormValue;

/** A problem as a text key of the area's dictionary. */
export type FormProblems = Partial<Record<ApplicationField, string>>;

export function emptyApplication(filedBy: ApplicationFiler): ApplicationFormValue {
  return {
    candidateName: '',
    candidatePosition: '',
    candidateOrganisation: '',
    agencyId: '',
    filedBy,
    nominationIds: [],
    projectTitle: '',
    projectStart: '',
    projectEnd: '',
    description: '',
    goal: '',
    results: '',
    links: '',
    contactEmail: '',
    personalDataConsent: false,
  };
}

const linesOf = (text: string) =>
  text
    .split(/\s*\n\s*/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The short texts of an application, with the API's length limits. */
const TEXT_LIMITS = {
  candidateName: LIMITS.personName,
  candidatePosition: LIMITS.candidatePosition,
  candidateOrganisation: LIMITS.organisation,
  projectTitle: LIMITS.projectTitle,
} as const;

/** What the API would refuse, found before sending, as text keys next to each field. */
export function applicationProblems(v: ApplicationFormValue, withoutAccount: boolean): FormProblems {
  const problems: FormProblems = {};
  if (withoutAccount && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim()))
    problems.contactEmail = 'contests.apply.problem.email';
  for (const [field, limit] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, { min: number }][])
    if (v[field].trim().length < limit.min) problems[field] = 'contests.apply.problem.required';
  if (v.description.trim().length < LIMITS.projectDescription.min)
    problems.description = 'contests.apply.problem.description';
  if (v.nominationIds.length === 0) problems.nominationIds = 'contests.apply.problem.nominations';
  if (v.projectStart && v.projectEnd && v.projectEnd < v.projectStart)
    problems.projectEnd = 'contests.apply.problem.endBeforeStart';
  if (!linesOf(v.links).every(isWebAddress)) problems.links = 'contests.apply.problem.links';
  if (!v.personalDataConsent) problems.personalDataConsent = 'contests.apply.problem.consent';
  return problems;
}

/** The fields both ways of filing share: trimmed, with empty optional fields left out. */
function sharedFieldsOf(v: ApplicationFormValue): Omit<FileApplicationRequest, 'filedBy'> {
  const optional = (text: string) => text.trim() || undefined;
  const links = linesOf(v.links);
  return {
    candidateName: v.candidateName.trim(),
    candidatePosition: v.candidatePosition.trim(),
    candidateOrganisation: v.candidateOrganisation.trim(),
    agencyId: optional(v.agencyId),
    nominationIds: v.nominationIds,
    projectTitle: v.projectTitle.trim(),
    projectStart: optional(v.projectStart),
    projectEnd: optional(v.projectEnd),
    description: v.description.trim(),
    goal: optional(v.goal),
    results: optional(v.results),
    links: links.length ? links : undefined,
    personalDataConsent: v.personalDataConsent,
  };
}

/** The body of a candidate's own application: the same fields without a filer, and their email. */
export function publicApplicationInputOf(v: ApplicationFormValue, locale: Locale): PublicApplicationRequest {
  return { ...sharedFieldsOf(v), contactEmail: v.contactEmail.trim(), locale };
}

/** The body of an application filed by a signed-in organisation or candidate. */
export function applicationInputOf(v: ApplicationFormValue): FileApplicationRequest {
  return { ...sharedFieldsOf(v), filedBy: v.filedBy };
}
