/**
 * Validation limits the API enforces and the dashboard shows or checks before sending, written once. Text
 * lengths count UTF-16 code units, as class-validator's `MaxLength` and an input's `maxlength` both do; numbers
 * are inclusive bounds; sizes are bytes. A refusal names the limit in its field problem's `params`.
 */
export const LIMITS = {
  /** A sign-in name: letters, digits, dots, dashes, underscores or @ (`LOGIN_PATTERN`). */
  login: { min: 3, max: 60 },
  /** Any kind of characters; OWASP ASVS 4, 2.1.1–2.1.2. Guessability is checked by the API alone. */
  password: { min: 12, max: 128 },
  /** An email address (RFC 5321's longest forward path). */
  email: { max: 254 },
  /** An account's name as others see it. */
  accountName: { min: 2, max: 120 },
  /** A journalist's outlet when registering to vote. */
  outlet: { min: 2, max: 200 },
  /** A reviewer's comment on one indicator or on a whole submission. */
  reviewComment: { max: 4000 },
  /** Each language of a name kept per language: agencies, regions, topics, programmes, committees, contests. */
  localizedText: { max: 300 },
  /** A person's name: trainer, participant, committee member or chair, contest candidate. */
  personName: { min: 2, max: 200 },
  /** Where a person works, as free text: a trainer's or member's affiliation, a participant's outlet. */
  affiliation: { max: 200 },
  /** A training participant's national id or personnel number, as typed. */
  personalId: { min: 2, max: 40 },
  /** An organisation compared for conflicts of interest: a juror's, a candidate's. */
  organisation: { min: 2, max: 300 },

  cycleName: { min: 2, max: 120 },
  /** Why a published cycle opens again: long enough to explain it. */
  reopenReason: { min: 10, max: 2000 },
  /** Why an agency gets more time. */
  extensionReason: { min: 3, max: 1000 },
  /** A note an agency writes beside one value. */
  valueNote: { max: 2000 },
  /** One evidence file. */
  evidenceBytes: 10 * 1024 * 1024,

  trainingEventTitle: { min: 2, max: 300 },
  /** Hours per participant of a training event. */
  plannedHours: { min: 0.25, max: 2000 },
  programmeDescription: { max: 2000 },

  /** Each language of a contest's organiser, and of its rules (long text). */
  contestOrganiser: { min: 2, max: 200 },
  contestRules: { max: 20000 },
  contestYear: { min: 2000, max: 2100 },
  /** How many winners a nomination has: places 1..n. */
  nominationPlaces: { min: 1, max: 100 },
  /** A jury criterion's weight, relative to the others. */
  criterionWeight: { min: 0.01, max: 100 },
  /** A juror's score for one criterion. */
  juryScore: { min: 0, max: 10 },
  /** A measured criterion's stated or verified value (subscribers, engagement rate %, posts). */
  measureValue: { min: 0, max: 1_000_000_000_000 },
  /** A nomination's juror-disagreement threshold, on the jurors' 0–10 scale. */
  disagreementThreshold: { min: 0, max: 10 },
  /** Why an application, a voter or a juror is refused, or personal data erased. */
  decisionReason: { min: 3, max: 2000 },
  /** An application's texts: the candidate's position and the project's title, its description. */
  candidatePosition: { min: 2, max: 200 },
  projectTitle: { min: 2, max: 300 },
  projectDescription: { min: 10, max: 20000 },
} as const;

/** A whole login as `LIMITS.login` describes it. */
export const LOGIN_PATTERN = new RegExp(`^[\\p{L}\\p{N}._@-]{${LIMITS.login.min},${LIMITS.login.max}}$`, 'u');
