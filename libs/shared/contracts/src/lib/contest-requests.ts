import type { ApplicationFiler, ContestCriterion, ContestShape, ScoringMode, TieBreak } from './contests';
import type { ApplicationAuthor } from './contest-applicants';
import type { Locale, LocalizedText } from './locale';

/** `POST /api/contests`. */
export interface CreateContestRequest {
  title: LocalizedText;
  /** Who runs the contest, in one or more languages (`LIMITS.contestOrganiser` each). */
  organiser: LocalizedText;
  /** National admins only, and required for them; a director's contest runs in their own region. */
  regionIds?: string[];
  year: number;
  /** The same lower-case slug across years, so that growth can be compared. */
  series: string;
  /** The rules, in one or more languages (`LIMITS.contestRules` each); `null` clears them. */
  rules?: LocalizedText | null;
  /** A draft (the default) is seen by organisers only. */
  status?: 'draft' | 'announced';
  /**
   * Vote-only, jury-only or combined (the default). A vote-only contest takes no judging dates and needs a
   * voting window; a jury-only one takes no voting window; the others need judging dates.
   */
  shape?: ContestShape;
  /**
   * Each date is a day (`YYYY-MM-DD`) in the time zone of the contest's first region, or a date-time with an
   * offset. A day that opens a window (applications, judging, voting) starts it at that day's first moment;
   * a day that closes one keeps that whole day open.
   */
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  /** Required unless the contest is vote-only, which refuses them. */
  judgingStartAt?: string | null;
  judgingEndAt?: string | null;
  votingStartAt?: string | null;
  votingEndAt?: string | null;
  /** Show running vote counts to organisers before results. */
  liveCounts?: boolean;
}

/** `PATCH /api/contests/:contestId`; a stale `version` answers 409. */
export interface UpdateContestRequest extends Partial<CreateContestRequest> {
  version: number;
  /**
   * Phase integrity: why the dates move a phase that holds data (applications, score sheets, votes) so as to
   * shorten, reopen or remove it. Required for such a move, which is refused without it; audited and shown on
   * the contest's page.
   */
  dateChangeReason?: string;
}

/** `POST /api/contests/:contestId/nominations`. */
export interface CreateNominationRequest {
  name: LocalizedText;
  /** How many winners: places 1..n; 1 by default. */
  places?: number;
  criteria?: ContestCriterion[];
  /** One the contest's shape allows; by default the vote-only or jury-only contest's own, required when combined. */
  scoringMode?: ScoringMode;
  /** Combined mode only: the jury's part, 0..1; votes get the rest. */
  juryShare?: number;
  commentRequired?: boolean;
  /** Rescale each juror's totals so that a harsh juror counts like a mild one. */
  normaliseJurors?: boolean;
  prizeAmount?: number | null;
  /** ISO 4217, with `prizeAmount`. */
  prizeCurrency?: string | null;
  /** 0–10; 3 by default. Applications whose jurors' totals spread wider are flagged on the results preview. */
  disagreementThreshold?: number;
  /** The tie-break chain, each step at most once; empty (the default): tied candidates share the place. */
  tieBreaks?: TieBreak[];
}

/** `PATCH /api/nominations/:nominationId`; `null` clears the prize, a stale `version` answers 409. */
export interface UpdateNominationRequest extends Partial<CreateNominationRequest> {
  version: number;
}

/** `POST /api/contests/:contestId/applications`: filed by the candidate or their organisation. */
export interface FileApplicationRequest {
  // People: give `authors` and `organisations`; the single-candidate fields are still read when `authors` is absent.
  /** One or more authors (1–10), lead author first. */
  authors?: ApplicationAuthor[];
  /** One or more organisations (1–5); a juror of any of them is excluded from the application. */
  organisations?: string[];
  /** Deprecated: one author's name, read only without `authors`. */
  candidateName?: string;
  /** Deprecated: that author's position. */
  candidatePosition?: string;
  /** Deprecated: the organisation; several joined by ";" are read as several. */
  candidateOrganisation?: string;
  /** The agency the candidate works for, when it is one of the evaluated agencies. */
  agencyId?: string;
  filedBy: ApplicationFiler;
  /** One application may enter several nominations (1–20). */
  nominationIds: string[];
  projectTitle: string;
  projectStart?: string;
  projectEnd?: string;
  description: string;
  goal?: string;
  results?: string;
  /** Social pages and publications, http or https. */
  links?: string[];
  /** Must be true: the candidate's consent to the processing of their personal data. */
  personalDataConsent: boolean;
  /** A number for every measured criterion of every nomination entered (`StatedMeasure`). */
  measures?: StatedMeasure[];
}

/** A number the applicant states for a measured criterion of a nomination they enter. */
export interface StatedMeasure {
  nominationId: string;
  criterionKey: string;
  /** 0 or more, in the criterion's unit. */
  value: number;
}

/** `PUT /api/contest-applications/:applicationId/measures`: the organiser's verified value. */
export interface VerifyMeasureRequest {
  nominationId: string;
  criterionKey: string;
  /** In the criterion's unit; null or left out withdraws the verification. */
  verified?: number | null;
  /** The measure's version last read (0 when none is held yet); a stale one answers 409. */
  version: number;
}

/** `POST /api/public/contests/:contestId/applications`: the candidate's own, without an account. */
export interface PublicApplicationRequest extends Omit<FileApplicationRequest, 'filedBy'> {
  /** Where the organisers write about the application. */
  contactEmail: string;
  /** The language the candidate filed in, for the emails about the application; else the region's default. */
  locale?: Locale;
}

/** An organiser's decision on an application or a voter registration; a rejection carries its reason. */
export interface DecisionRequest<S extends string> {
  status: S;
  /** Required when rejecting; shown to the person. */
  reason?: string;
}

/** `POST /api/contest-applications/:applicationId/screening`. */
export type ScreenApplicationRequest = DecisionRequest<'accepted' | 'rejected'>;

/** `POST /api/contest-voters/:voterId/verification`. */
export type VerifyVoterRequest = DecisionRequest<'verified' | 'rejected'>;

/** `POST /api/nominations/:nominationId/jurors`. */
export interface AssignJurorRequest {
  /** An account with the juror role in one of the contest's regions. */
  userId: string;
  /** Where the juror works: applications from the same organisation are kept from them. */
  organisation: string;
}

/** `POST /api/contest-applications/:applicationId/conflicts`. */
export interface DeclareConflictRequest {
  reason: string;
}

/** `PUT /api/nominations/:nominationId/applications/:applicationId/score-sheet`. */
export interface ScoreSheetRequest {
  /** Criterion key → a score from 0 to 10, for every criterion of the nomination. */
  scores: Record<string, number>;
  comment?: string;
  /** The version last read, when changing a saved sheet. */
  version?: number;
}

/** `POST /api/public/contests/:contestId/voters`; login, password and name only when not signed in. */
export interface RegisterVoterRequest {
  login?: string;
  password?: string;
  displayName?: string;
  outlet: string;
  /** What they do there: reporter, editor, blogger. */
  mediaRole: string;
  /** A published piece that proves the work in the media. */
  workLink: string;
  /** Must be true: the journalist's consent to the processing of their personal data. */
  personalDataConsent: boolean;
}

/** `POST /api/nominations/:nominationId/votes`. */
export interface CastVoteRequest {
  applicationId: string;
}

/** An organiser's erasure of one person's personal data, at their request. */
export interface ErasePersonalDataRequest {
  /** The request it answers, for the audit trail: who asked, when, and how. */
  reason: string;
}

/**
 * Figures of an earlier year of a contest's series, from before the product held it (say, from last year's
 * press release: "85 participants"). Counts are whole numbers from 0 to 1,000,000; at least one is given.
 * `version` is required to change a year already entered (409 `record.stale` on a stale one).
 */
export interface SeriesYearRequest {
  participants?: number | null;
  applications?: number | null;
  winners?: number | null;
  version?: number;
}
