import {
  type ContestPhase,
  type ContestShape,
  type ContestView,
  type CreateContestRequest,
  dayIn,
  LIMITS,
  type Locale,
  LOCALES,
  type LocalizedText,
} from '@prgauge/contracts';

/** The dated phases in the order a contest passes them; voting may run beside judging. */
export const DATE_FIELDS = [
  'applicationsOpenAt',
  'applicationsCloseAt',
  'judgingStartAt',
  'judgingEndAt',
  'votingStartAt',
  'votingEndAt',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The dates each shape asks for: a vote-only contest has no judging, a jury-only one no voting window. */
export function dateFieldsOf(shape: ContestShape): DateField[] {
  return DATE_FIELDS.filter(
    (f) => !(shape === 'vote' && f.startsWith('judging')) && !(shape === 'jury' && f.startsWith('voting')),
  );
}

/** A text as typed in each language, empty where not given. */
export type TypedTexts = Record<Locale, string>;

/** The contest form as typed: days as `YYYY-MM-DD`, empty when not given. */
export interface ContestFormValue {
  title: TypedTexts;
  organiser: TypedTexts;
  regionIds: string[];
  year: number | null;
  series: string;
  rules: TypedTexts;
  status: 'draft' | 'announced';
  /** Vote-only, jury-only or combined: which of the dates the form asks for. */
  shape: ContestShape;
  dates: Record<DateField, string>;
  liveCounts: boolean;
}

/** A form field the organiser must correct, named as the form labels it. */
export type ContestFormProblem =
  'title' | 'organiser' | 'regionIds' | 'year' | 'series' | 'rules' | DateField;

/** The texts the form edits that are kept by language. */
export type ContestTextField = 'title' | 'organiser' | 'rules';

const SERIES = /^[a-z0-9][a-z0-9-]{1,59}$/;
/** The day a stored date falls on in the contest's zone: a window's first moment, or its last. */
const day = (iso: string | null | undefined, timeZone: string) => (iso ? dayIn(new Date(iso), timeZone) : '');
/** The day as picked: the server reads it in the zone of the contest's region (start or end of that day). */
const picked = (value: string) => value || null;

/** A stored text as the form shows it: every language, empty where none was given. */
export function typedTextsOf(text: LocalizedText | null | undefined): TypedTexts {
  return Object.fromEntries(LOCALES.map((l) => [l, text?.[l] ?? ''])) as TypedTexts;
}

/** The languages filled in, trimmed; the API refuses an empty one. */
export function filledTexts(texts: TypedTexts): LocalizedText {
  return Object.fromEntries(LOCALES.filter((l) => texts[l].trim() !== '').map((l) => [l, texts[l].trim()]));
}

/** Whether some language is filled and every filled one is within `limits` (trimmed, as it is sent). */
function textsWithin(texts: TypedTexts, limits: { min?: number; max: number }): boolean {
  const lengths = Object.values(filledTexts(texts)).map((t) => t.length);
  return lengths.length > 0 && lengths.every((n) => n >= (limits.min ?? 1) && n <= limits.max);
}

export function contestFormValueOf(contest?: ContestView | null): ContestFormValue {
  const year = new Date().getUTCFullYear();
  return {
    title: typedTextsOf(contest?.title),
    organiser: typedTextsOf(contest?.organiser),
    regionIds: contest?.regionIds ?? [],
    year: contest?.year ?? year,
    series: contest?.series ?? '',
    rules: typedTextsOf(contest?.rules),
    status: contest && contest.phase !== 'draft' ? 'announced' : 'draft',
    shape: contest?.shape ?? 'combined',
    dates: Object.fromEntries(
      DATE_FIELDS.map((f) => [f, day(contest?.[f], contest?.timeZone ?? 'UTC')]),
    ) as Record<DateField, string>,
    liveCounts: contest?.liveCounts ?? false,
  };
}

/** What is missing or out of order; the server checks the same, this only says it before sending. */
export function contestFormProblems(v: ContestFormValue, needsRegions: boolean): ContestFormProblem[] {
  const problems: ContestFormProblem[] = [];
  if (!textsWithin(v.title, LIMITS.localizedText)) problems.push('title');
  if (!textsWithin(v.organiser, LIMITS.contestOrganiser)) problems.push('organiser');
  if (needsRegions && v.regionIds.length === 0) problems.push('regionIds');
  if (v.year === null || v.year < LIMITS.contestYear.min || v.year > LIMITS.contestYear.max)
    problems.push('year');
  if (!SERIES.test(v.series)) problems.push('series');
  // Rules may be left out; once written, each language is held to the API's limit.
  if (Object.keys(filledTexts(v.rules)).length && !textsWithin(v.rules, LIMITS.contestRules))
    problems.push('rules');
  return [...problems, ...dateProblems(v)];
}

/** The shape's dates that are missing or out of order; the dates of phases the shape lacks are not asked. */
function dateProblems(v: ContestFormValue): DateField[] {
  const d = v.dates;
  const asked = dateFieldsOf(v.shape);
  const problems: DateField[] = [];
  if (!d.applicationsOpenAt) problems.push('applicationsOpenAt');
  if (!d.applicationsCloseAt || d.applicationsCloseAt <= d.applicationsOpenAt)
    problems.push('applicationsCloseAt');
  // A closing day stays open to its end, so the next phase may start on the day after it at the earliest.
  if (!d.judgingStartAt || d.judgingStartAt <= d.applicationsCloseAt) problems.push('judgingStartAt');
  if (!d.judgingEndAt || d.judgingEndAt <= d.judgingStartAt) problems.push('judgingEndAt');
  // A vote-only contest must give its voting window; elsewhere voting is optional.
  if (
    (v.shape === 'vote' && !d.votingStartAt) ||
    (d.votingStartAt && d.votingStartAt <= d.applicationsCloseAt)
  )
    problems.push('votingStartAt');
  if (!d.votingStartAt !== !d.votingEndAt || (d.votingEndAt && d.votingEndAt <= d.votingStartAt))
    problems.push('votingEndAt');
  return problems.filter((f) => asked.includes(f));
}

export function contestInputOf(v: ContestFormValue, withRegions: boolean): CreateContestRequest {
  const rules = filledTexts(v.rules);
  const asked = dateFieldsOf(v.shape);
  /** A date of a phase the shape lacks is sent as none, so that switching the shape clears it. */
  const dateOf = (f: DateField) => (asked.includes(f) ? picked(v.dates[f]) : null);
  return {
    title: filledTexts(v.title),
    organiser: filledTexts(v.organiser),
    ...(withRegions ? { regionIds: v.regionIds } : {}),
    year: v.year ?? 0,
    series: v.series,
    rules: Object.keys(rules).length ? rules : null,
    status: v.status,
    shape: v.shape,
    applicationsOpenAt: v.dates.applicationsOpenAt,
    applicationsCloseAt: v.dates.applicationsCloseAt,
    judgingStartAt: dateOf('judgingStartAt'),
    judgingEndAt: dateOf('judgingEndAt'),
    votingStartAt: dateOf('votingStartAt'),
    votingEndAt: dateOf('votingEndAt'),
    liveCounts: v.liveCounts,
  };
}

/**
 * The phase the typed dates put the contest in `today` (a day in the contest's zone), as the server works it
 * out, so the organiser sees what a change of date does before saving. A window is open all of its first and
 * its last day; a vote-only contest passes through its voting window where others judge.
 */
export function impliedPhase(v: ContestFormValue, today: string, published: boolean): ContestPhase {
  const d = v.dates;
  if (v.status === 'draft') return 'draft';
  if (published) return 'results_published';
  if (!d.applicationsOpenAt || today < d.applicationsOpenAt) return 'announced';
  if (!d.applicationsCloseAt || today <= d.applicationsCloseAt) return 'applications_open';
  const [start, end, during] =
    v.shape === 'vote'
      ? [d.votingStartAt, d.votingEndAt, 'voting' as const]
      : [d.judgingStartAt, d.judgingEndAt, 'judging' as const];
  if (!start || today < start) return 'applications_closed';
  if (!end || today <= end) return during;
  return 'awaiting_results';
}
