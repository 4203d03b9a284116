import type { ImportedFileSource } from './imported-file';
import type { LocalizedText } from './locale';

/** The committees a provincial directorate runs, plus any other it sets up. */
export const COMMITTEE_KINDS = [
  'media_relations',
  'welfare_cooperation',
  'training',
  'opinion_polling',
  'performance_evaluation',
  'custom',
] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const COMMITTEE_MEMBER_ROLES = ['chair', 'deputy', 'secretary', 'member'] as const;
export type CommitteeMemberRole = (typeof COMMITTEE_MEMBER_ROLES)[number];

export const TRAINING_FORMATS = ['seminar', 'course', 'webinar'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_AUDIENCES = [
  'pr_staff',
  'journalists_media',
  'drivers_protocol',
  'deputies_officials',
  'other',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** The topics every region starts with; each region may add, rename or retire its own. */
export const DEFAULT_TRAINING_TOPICS = [
  'protocol_etiquette',
  'news_writing',
  'social_media',
  'crisis_communication',
  'photo_video',
  'media_law',
  'other',
] as const;

export interface CommitteeMemberView {
  id: string;
  committeeId: string;
  /** Set for members who have an account. */
  userId: string | null;
  /** The account's display name, or the outside person's name. */
  name: string;
  affiliation: string | null;
  role: CommitteeMemberRole;
}

export interface CommitteeView {
  id: string;
  regionId: string;
  kind: CommitteeKind;
  name: LocalizedText;
  chair: string | null;
  /** Keys of the framework indices the committee reviews. */
  indices: string[];
  members: CommitteeMemberView[];
  version: number;
}

export interface TrainingTopicView {
  id: string;
  regionId: string;
  code: string;
  name: LocalizedText;
  active: boolean;
}

export interface Trainer {
  name: string;
  affiliation: string | null;
}

export interface TrainingEventView {
  id: string;
  regionId: string;
  title: string;
  topicId: string;
  topicCode: string;
  format: TrainingFormat;
  committeeId: string | null;
  programmeId: string | null;
  startDate: string;
  endDate: string;
  location: string | null;
  trainers: Trainer[];
  /** Hours per participant. */
  plannedHours: number;
  audiences: TrainingAudience[];
  invited: number | null;
  /** Register rows with attended = true. */
  attended: number;
  personHours: number;
  /** attended ÷ invited in per cent with one decimal; null when nobody was invited. */
  attendanceRate: number | null;
  version: number;
  /** The IANA time zone of the event's region, whose days `startDate` and `endDate` are. */
  timeZone: string;
}

export interface AttendanceView {
  id: string;
  eventId: string;
  /** The person this row counts for: rows of one person across events count once in people trained. */
  personId: string;
  participantName: string;
  agencyId: string | null;
  outlet: string | null;
  audience: TrainingAudience;
  attended: boolean;
  hours: number;
  version: number;
}

/** With `dryRun`, the rows that would be added, unsaved (empty ids). */
export interface AttendanceImportResult {
  created: number;
  rows: AttendanceView[];
  /** How the file was read: its encoding and separator. */
  source: ImportedFileSource;
}

export interface TrainingProgrammeView {
  id: string;
  name: LocalizedText;
  description: string | null;
  startDate: string;
  endDate: string | null;
  version: number;
}

export interface ProgrammeRegionTotals {
  regionId: string;
  events: number;
  participants: number;
  attended: number;
  /** Distinct persons among the attended rows. */
  peopleTrained: number;
  personHours: number;
}

/** A programme's figures: every region for a national admin, one's own region otherwise. */
export interface ProgrammeTotalsView extends TrainingProgrammeView {
  regions: ProgrammeRegionTotals[];
  events: number;
  attended: number;
  /** Distinct persons over every region: persons are kept per region, so one in two regions counts twice. */
  peopleTrained: number;
  personHours: number;
}

export interface PersonHoursRow {
  key: string;
  label: LocalizedText | string;
  personHours: number;
  /** Attendances: attended register rows; a person at two events counts twice. */
  participants: number;
  /** Distinct persons among those rows; a person at two events counts once. */
  peopleTrained: number;
}

export interface StaffHoursRow {
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  prStaff: number | null;
  personHours: number;
  /** Person-hours ÷ the agency's `prStaff`; null when the figure is missing. */
  perStaffMember: number | null;
}

export interface TrainerRow {
  name: string;
  affiliation: string | null;
  events: number;
  personHours: number;
}

export interface EventRateRow {
  eventId: string;
  title: string;
  startDate: string;
  invited: number | null;
  attended: number;
  attendanceRate: number | null;
  /** Distinct persons among the attended rows. */
  peopleTrained: number;
}

export interface TrainingReport {
  from: string;
  to: string;
  /** The committee whose events the report covers; null: every event of the scope. */
  committeeId: string | null;
  personHours: number;
  /** Attended register rows. */
  attendances: number;
  /** Distinct persons among the attended rows. */
  peopleTrained: number;
  byTopic: PersonHoursRow[];
  byAudience: PersonHoursRow[];
  byAgency: PersonHoursRow[];
  /** Per organising committee (keys are committee ids); events no committee organised are left out. */
  byCommittee: PersonHoursRow[];
  /** `YYYY-MM` keys, oldest first. */
  byMonth: PersonHoursRow[];
  perStaff: StaffHoursRow[];
  untrainedAgencies: { agencyId: string; agencyCode: string; agencyName: LocalizedText }[];
  topTrainers: TrainerRow[];
  eventRates: EventRateRow[];
}

/** One attended register row that a computed training value counts. */
export interface TrainingLeafRecord {
  attendanceId: string;
  eventId: string;
  eventTitle: string;
  /** The event's first day, `YYYY-MM-DD`. */
  startDate: string;
  topicId: string;
  topicCode: string;
  topicName: LocalizedText;
  participantName: string;
  hours: number;
}

/** The register rows behind one agency's computed training value in a cycle. */
export interface TrainingLeafRecords {
  indicator: string;
  /** Topic codes the rule counts; null counts every topic. */
  topics: string[] | null;
  periodStart: string;
  periodEnd: string;
  /** The sum of `records[].hours`: the value the form shows. */
  total: number;
  records: TrainingLeafRecord[];
}

/** A participant as the register knows them: the same person across events (see `personKeys` in the API). */
export interface TrainingPersonView {
  id: string;
  regionId: string;
  /** The name as first written in a register. */
  name: string;
  agencyId: string | null;
  agencyCode: string | null;
  /** The media outlet or organisation of a participant from outside the region's agencies. */
  outlet: string | null;
  /** Whether a personal id (national id, personnel number) is on file; the id itself is never sent back. */
  hasPersonalId: boolean;
  /** Attended rows over every event. */
  attendances: number;
  personHours: number;
  /** The first day of the latest event attended, `YYYY-MM-DD`; null when none. */
  lastEventDate: string | null;
  version: number;
}

/**
 * Two persons of one region with the same normalised name but a different or missing organisation: perhaps one
 * person, perhaps two. Never merged by itself; `POST /api/training/persons/:personId/merge` merges them and
 * `.../keep-apart` records that they are two people, after which the pair is no longer offered.
 */
export interface DoubtfulPersonPair {
  first: TrainingPersonView;
  second: TrainingPersonView;
}
