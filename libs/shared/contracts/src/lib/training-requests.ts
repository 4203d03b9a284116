import type { LocalizedText } from './locale';
import type { CommitteeKind, CommitteeMemberRole, TrainingAudience, TrainingFormat } from './training';

/** `POST /api/committees`. */
export interface CreateCommitteeRequest {
  kind: CommitteeKind;
  name: LocalizedText;
  /** The chair's name as it should be printed. */
  chair?: string | null;
  /** Keys of the framework indices the committee reviews, e.g. `media`. */
  indices?: string[];
  /** National admins only: directors create committees in their own region. */
  regionId?: string;
}

/** `PATCH /api/committees/:committeeId`; a stale `version` answers 409. */
export interface UpdateCommitteeRequest extends Partial<Omit<CreateCommitteeRequest, 'regionId'>> {
  version: number;
}

/** `POST /api/committees/:committeeId/members`: an account of the region (`userId`) or an outside person. */
export interface AddCommitteeMemberRequest {
  userId?: string;
  personName?: string;
  affiliation?: string;
  /** `member` by default. */
  role?: CommitteeMemberRole;
}

/** A trainer as an event's form sends it. */
export interface TrainerInput {
  name: string;
  affiliation?: string | null;
}

/** `POST /api/training/events`. */
export interface CreateTrainingEventRequest {
  title: string;
  /** One of the region's training topics. */
  topicId: string;
  format: TrainingFormat;
  /** The organising committee, of the event's region. */
  committeeId?: string | null;
  programmeId?: string | null;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`. */
  endDate: string;
  location?: string | null;
  trainers?: TrainerInput[];
  /** Hours per participant, 0.25 to 2,000; each register row defaults to it. */
  plannedHours: number;
  audiences: TrainingAudience[];
  /** How many people were invited: the base of the attendance rate. */
  invited?: number | null;
  /** National admins only: others create events in their own region. */
  regionId?: string;
}

/** `PATCH /api/training/events/:eventId`; a stale `version` answers 409. */
export interface UpdateTrainingEventRequest extends Partial<Omit<CreateTrainingEventRequest, 'regionId'>> {
  version: number;
}

/** `POST /api/training/events/:eventId/attendance`: one register row. */
export interface AttendanceRowRequest {
  participantName: string;
  /** The participant's agency, of the event's region. */
  agencyId?: string | null;
  /** The media outlet or organisation of an outside participant. */
  outlet?: string | null;
  /**
   * National id or personnel number: rows with the same one are one person whatever the name's spelling.
   * Stored with the person, never sent back.
   */
  personalId?: string | null;
  audience: TrainingAudience;
  /** True by default. */
  attended?: boolean;
  /** Hours attended; the event's planned hours when left out. */
  hours?: number;
}

/** `PATCH /api/training/attendance/:attendanceId`; a stale `version` answers 409. */
export interface UpdateAttendanceRequest extends Partial<AttendanceRowRequest> {
  version: number;
}

/** `POST /api/training/programmes` (national admins). */
export interface CreateTrainingProgrammeRequest {
  name: LocalizedText;
  description?: string | null;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`; null while open-ended. */
  endDate?: string | null;
}

/** `PATCH /api/training/programmes/:programmeId`; a stale `version` answers 409. */
export interface UpdateTrainingProgrammeRequest extends Partial<CreateTrainingProgrammeRequest> {
  version: number;
}

/** `POST /api/training/topics`: `code` is the topic's stable key in reports and framework rules. */
export interface CreateTrainingTopicRequest {
  code: string;
  name: LocalizedText;
  /** National admins only. */
  regionId?: string;
}

/** `PATCH /api/training/topics/:topicId`: rename, or retire with `active: false`. */
export interface UpdateTrainingTopicRequest {
  name?: LocalizedText;
  active?: boolean;
}

/** `POST /api/training/persons/:personId/merge`: the other person's rows become this person's. */
export interface MergePersonsRequest {
  /** The person merged away. */
  otherPersonId: string;
  /** The version of the kept person the client last read; a stale one answers 409. */
  version: number;
  /** The version of the merged person the client last read. */
  otherVersion: number;
}

/** `POST /api/training/persons/:personId/keep-apart`: the pair is two people and is no longer offered. */
export interface KeepPersonsApartRequest {
  otherPersonId: string;
}
