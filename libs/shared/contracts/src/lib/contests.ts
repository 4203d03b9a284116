import type { ApplicationAuthor } from './contest-applicants';
import type { ContestDateChange } from './contest-date-changes';
import type { LocalizedText } from './locale';
import type { DayOffWarning } from './working-week';

/**
 * Where a contest stands. Stored is only draft or announced and the publication time; the rest follows from
 * the dates, so that a deadline takes effect without anyone pressing a button.
 */
export const CONTEST_PHASES = [
  'draft',
  'announced',
  'applications_open',
  'applications_closed',
  'judging',
  /** A vote-only contest's voting window; other shapes answer voting with `votingOpen` beside their phase. */
  'voting',
  'awaiting_results',
  'results_published',
] as const;
export type ContestPhase = (typeof CONTEST_PHASES)[number];

export const SCORING_MODES = ['jury', 'vote', 'combined'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];

/**
 * What decides a contest: the public vote only (no judging dates), a jury only (no voting window), or both
 * (a jury and a vote, each nomination by its own scoring mode). Picked once for the contest; its nominations
 * follow it: a vote-only contest's nominations are scored by votes, a jury-only contest's by the jury.
 */
export const CONTEST_SHAPES = ['vote', 'jury', 'combined'] as const;
export type ContestShape = (typeof CONTEST_SHAPES)[number];

/** The scoring modes a contest of each shape allows its nominations. */
export const MODES_OF_SHAPE: Readonly<Record<ContestShape, readonly ScoringMode[]>> = {
  vote: ['vote'],
  jury: ['jury'],
  combined: SCORING_MODES,
};

/**
 * One step of a nomination's tie-break chain, applied in the organisers' order to candidates with equal
 * scores: the higher jury score, the more votes, or the earlier application. What is still tied after the
 * chain shares the place; an empty chain is the standard competition ranking (1, 2, 2, 4).
 */
export const TIE_BREAKS = ['jury_score', 'votes', 'earlier_application'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export const SCREENING_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export const VOTER_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VoterStatus = (typeof VOTER_STATUSES)[number];

export const APPLICATION_FILERS = ['candidate', 'organisation'] as const;
export type ApplicationFiler = (typeof APPLICATION_FILERS)[number];

// --- Criteria measured from applications (jury scores and applicants' verified figures) ---

/** `jury`: each juror scores it 0 to 10. `measured`: the applicant states a number and the organiser verifies it. */
export const CRITERION_KINDS = ['jury', 'measured'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/**
 * How a measured criterion's verified values are put on the jurors' 0–10 scale across the nomination:
 * `min_max` with the nomination's lowest and highest verified values as goalposts (lowest 0, highest 10),
 * `rank` by mid-rank (lowest 0, highest 10, ties share the mean of their ranks).
 */
export const MEASURE_NORMALISATIONS = ['min_max', 'rank'] as const;
export type MeasureNormalisation = (typeof MEASURE_NORMALISATIONS)[number];

/**
 * One criterion of a nomination. Weights are relative: each criterion counts by its share of their sum
 * (`criterionShares`), whether or not they add up to 1 or 100.
 */
export interface ContestCriterion {
  key: string;
  name: LocalizedText;
  weight: number;
  /** Absent on criteria saved before measured criteria existed: they are jury criteria. */
  kind?: CriterionKind;
  /** Measured criteria only: what the number counts, by language (`{ "en": "subscribers" }`, `{ "en": "%" }`). */
  unit?: LocalizedText;
  /** Measured criteria only. */
  normalisation?: MeasureNormalisation;
}

/** One measured value of an application in one nomination: what the applicant stated, what the organiser verified. */
export interface ApplicationMeasure {
  nominationId: string;
  criterionKey: string;
  /** Null when the applicant stated none (filed before the criterion was added): the organiser may still enter one. */
  stated: number | null;
  /** Null until the organiser verifies it; only verified values count. */
  verified: number | null;
  verifiedAt: string | null;
  version: number;
}

export interface ContestDates {
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  /** Null in a vote-only contest, which has no judging. */
  judgingStartAt: string | null;
  judgingEndAt: string | null;
  votingStartAt: string | null;
  votingEndAt: string | null;
  resultsPublishedAt: string | null;
}

export interface NominationView {
  id: string;
  contestId: string;
  name: LocalizedText;
  places: number;
  criteria: ContestCriterion[];
  scoringMode: ScoringMode;
  /** The jury's part of a combined score, 0 to 1; the votes get the rest. */
  juryShare: number;
  commentRequired: boolean;
  normaliseJurors: boolean;
  prizeAmount: number | null;
  prizeCurrency: string | null;
  /** Juror disagreement: a spread (highest − lowest juror total, 0–10 scale) above this is flagged on the preview. */
  disagreementThreshold: number;
  /** The tie-break chain in the organisers' order; empty: tied candidates share the place (1, 2, 2, 4). */
  tieBreaks: TieBreak[];
  version: number;
}

export interface ContestView extends ContestDates {
  id: string;
  title: LocalizedText;
  organiser: LocalizedText;
  regionIds: string[];
  year: number;
  series: string;
  rules: LocalizedText | null;
  /** Vote-only, jury-only or both: which phases the contest has. */
  shape: ContestShape;
  phase: ContestPhase;
  /** Whether the voting window is open now. */
  votingOpen: boolean;
  liveCounts: boolean;
  nominations: NominationView[];
  version: number;
  /** The IANA time zone of the contest's first region, in which its dates were given as days (`Asia/Tehran`). */
  timeZone: string;
  /** Only in the answer to a create or an update, and only when a window ends on a day off in the first region. */
  warnings?: DayOffWarning[];
  /** Phase integrity: date changes that moved a phase over its data, with their reasons, oldest first. */
  dateChanges: ContestDateChange[];
}

/** An application's work, and the candidate as a jury needs them: name, position and organisation. */
export interface ApplicationWork {
  id: string;
  contestId: string;
  // People: the authors and organisations, and the one-line display of them kept for lists and older clients.
  /** Every author, lead author first; each is one person in the statistics. */
  authors: ApplicationAuthor[];
  /** Every organisation the application is filed from; a juror of any of them is excluded. */
  organisations: string[];
  /** Display only: the authors' names joined by ", ". */
  candidateName: string;
  /** Display only: the lead author's position. */
  candidatePosition: string;
  /** Display only: the organisations joined by "; ". */
  candidateOrganisation: string;
  nominationIds: string[];
  projectTitle: string;
  projectStart: string | null;
  projectEnd: string | null;
  description: string;
  goal: string | null;
  results: string | null;
  links: string[];
  attachments: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
  filedAt: string;
}

/** An application as its filer and the contest's organisers see it. */
export interface ApplicationView extends ApplicationWork {
  /** The human reference number given on filing, `<contest year>-<serial>` (`2026-00042`), unique. */
  referenceNumber: string;
  agencyId: string | null;
  filedBy: ApplicationFiler;
  /** The candidate's email when they applied without an account; shown to organisers and the filer only. */
  contactEmail: string | null;
  screening: ScreeningStatus;
  screeningReason: string | null;
  /** When the candidate's consent to the processing of their personal data was given; null before it was asked. */
  personalDataConsentAt: string | null;
  /** When the contact data and files were erased, on request or at the end of the retention period. */
  personalDataErasedAt: string | null;
  /** The measured criteria's values, stated and verified, per nomination entered. */
  measures: ApplicationMeasure[];
}

/** The fields of an organiser's view that a juror never gets: contact details, the filer, the screening. */
type OrganiserOnlyField = Exclude<keyof ApplicationView, keyof ApplicationWork>;

/**
 * What a juror sees of an application. Every organiser-only field is typed `never`, so handing a juror an
 * {@link ApplicationView} (with its e-mail) does not compile; a field later added to ApplicationView is kept
 * from jurors the same way.
 */
export type JurorApplicationView = ApplicationWork & { [K in OrganiserOnlyField]?: never };

/** What a candidate who applied without an account gets back: their application and the key to attach files. */
export interface PublicApplicationReceipt {
  application: ApplicationView;
  /** Sent as the X-Upload-Token header to attach files while applications are open; shown only once. */
  uploadToken: string;
  /**
   * The private link's key (192 random bits, base64url): `GET /api/public/application-links/:accessToken` reads
   * the application and its state, and edits it while applications are open. Shown only once; only its hash is kept.
   */
  accessToken: string;
}

export interface JurorView {
  id: string;
  nominationId: string;
  userId: string;
  name: string;
  organisation: string;
}

/** What a juror sees of one application in one nomination: never the votes or other jurors' scores. */
export interface JurorTask {
  nominationId: string;
  application: JurorApplicationView;
  scores: Record<string, number> | null;
  comment: string | null;
  version: number | null;
}

/** How far each juror has got, without any score. */
export interface JuryProgressRow {
  nominationId: string;
  userId: string;
  name: string;
  assigned: number;
  scored: number;
  excluded: number;
}

/**
 * The answer to a registration to vote (202): the same whether or not the login was free, so that logins
 * cannot be probed. A new voter signs in with the login and password they chose and finds the registration on
 * their ballot; a taken login signs nobody in.
 */
export interface VoterRegistrationReceipt {
  status: 'received';
}

export interface VoterView {
  id: string;
  contestId: string;
  userId: string;
  name: string;
  outlet: string;
  mediaRole: string;
  /** Null once the registration's personal data are erased. */
  workLink: string | null;
  hasDocument: boolean;
  /** The optional proof of media work; organisers download it to verify the registration. */
  document: { fileName: string; mediaType: string; sizeBytes: number } | null;
  status: VoterStatus;
  statusReason: string | null;
  registeredAt: string;
  /** When the voter consented to the processing of their personal data; null before it was asked. */
  personalDataConsentAt: string | null;
  /** When the link, the document and (with no other registration left) the account's name were erased. */
  personalDataErasedAt: string | null;
}

/** The answer to a final vote: the nomination and the application voted for. */
export interface VoteReceipt {
  nominationId: string;
  applicationId: string;
}

/** Running vote counts per public-vote nomination, shown only when organisers turn them on, or after results. */
export interface LiveCounts {
  contestId: string;
  nominations: {
    nominationId: string;
    counts: { applicationId: string; candidateName: string; candidateOrganisation: string; votes: number }[];
  }[];
}

/** A burst of votes from one address hash, or from voters registered on one day. */
export interface VoteAnomaly {
  kind: 'address' | 'registration_day';
  key: string;
  votes: number;
  firstAt: string;
  lastAt: string;
}

export interface ResultRow {
  applicationId: string;
  candidateName: string;
  candidateOrganisation: string;
  projectTitle: string;
  /** 0 to 10; null without score sheets. */
  juryScore: number | null;
  votes: number;
  /** By the nomination's mode: the jury score, the vote count, or 0 to 100 when combined. */
  score: number | null;
  rank: number;
  winner: boolean;
  /** Whether this person won more than one nomination of the contest. */
  multipleWinner: boolean;
  /** Results preview only (organisers), never in published results: see {@link CriteriaReview}. */
  review?: CriteriaReview;
}

/** What an organiser checks on the results preview before publishing: the jurors' agreement and unverified values. */
export interface CriteriaReview {
  /** Each juror's weighted total over the jury criteria, 0–10 (normalised when the nomination normalises jurors). */
  jurorTotals: { jurorId: string; name: string; total: number }[];
  /** Highest − lowest of `jurorTotals`; null with fewer than two jurors. */
  spread: number | null;
  /** Whether `spread` is above the nomination's `disagreementThreshold`. */
  disagreement: boolean;
  /** Keys of measured criteria without a verified value: they count as 0 on the 0–10 scale. */
  unverified: string[];
}

export interface NominationResult {
  nomination: NominationView;
  applications: number;
  rows: ResultRow[];
}

/**
 * One year of a contest's series: the figures of the contest the product holds for that year (`held`), or the
 * figures the organisers entered for a year that predates the product (`entered`). A figure nobody entered is
 * null; `winners` is null for a held year whose results are not published yet.
 */
export interface SeriesYearStatistics {
  year: number;
  source: 'held' | 'entered';
  participants: number | null;
  applications: number | null;
  winners: number | null;
}

export interface ContestStatistics {
  applications: number;
  /** People, counted once however many applications they filed. */
  participants: number;
  /** Participants of the year before in the series, held or entered; null when that year has no figure. */
  previousYearParticipants: number | null;
  perNomination: { nominationId: string; applications: number }[];
  /** Every year of the series up to this contest's, oldest first, this year included. */
  series: SeriesYearStatistics[];
}

export interface ContestResults {
  contest: ContestView;
  statistics: ContestStatistics;
  nominations: NominationResult[];
  /** People who won more than one nomination. */
  multipleWinners: { candidateName: string; candidateOrganisation: string; wins: number }[];
}

/** One accepted application a voter may choose in a nomination; nothing of the scores or counts. */
export interface BallotCandidate {
  applicationId: string;
  candidateName: string;
  candidateOrganisation: string;
  projectTitle: string;
}

/** What a journalist sees to vote: their registration, and per public-vote nomination the candidates and their vote. */
export interface ContestBallot {
  contest: ContestView;
  /** Null until the journalist registers for this contest. */
  voter: VoterView | null;
  nominations: { nomination: NominationView; candidates: BallotCandidate[]; votedFor: string | null }[];
}

/** An earlier year of a series as the organisers entered it; see `SeriesYearRequest`. */
export interface SeriesYearView {
  series: string;
  year: number;
  participants: number | null;
  applications: number | null;
  winners: number | null;
  version: number;
}
