import { Agency } from '../agencies/agency.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { CommitteeMember } from '../committees/committee-member.entity';
import { Committee } from '../committees/committee.entity';
import { ApplicationAttachment } from '../contests/applications/application-attachment.entity';
import { ApplicationMeasure } from '../contests/applications/application-measure.entity';
import {
  ApplicationNomination,
  ContestApplication,
} from '../contests/applications/contest-application.entity';
import { ContestResult } from '../contests/results/contest-result.entity';
import { Contest } from '../contests/setup/contest.entity';
import { ContestJuror, JurorConflict, ScoreSheet } from '../contests/jury/jury.entities';
import { Nomination } from '../contests/setup/nomination.entity';
import { SeriesYear } from '../contests/setup/series-year.entity';
import { ContestVote, ContestVoter } from '../contests/voting/voting.entities';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { PasswordResetLink } from '../auth/password-reset-link.entity';
import { UserSession } from '../auth/session.entity';
import { Cycle } from '../cycles/cycle.entity';
import { BackgroundJob } from '../jobs/background-job.entity';
import { MailMessage } from '../mail/mail-message.entity';
import {
  Notification,
  NotificationPreference,
  RegionNotificationDefault,
} from '../notifications/notification.entity';
import { PeerGroup } from '../regions/peer-group.entity';
import { Region } from '../regions/region.entity';
import { RegionHoliday } from '../regions/region-holiday.entity';
import { PublishedRanking } from '../scores/published-ranking.entity';
import { PublishedThenRow } from '../scores/published-then.entity';
import { ScoreSnapshot } from '../scores/score-snapshot.entity';
import { Evidence } from '../submissions/evidence.entity';
import { ReviewComment } from '../submissions/review-comment.entity';
import { SubmissionValue } from '../submissions/submission-value.entity';
import { Submission } from '../submissions/submission.entity';
import { Attendance } from '../training/attendance.entity';
import { TrainingEvent } from '../training/training-event.entity';
import { TrainingPerson } from '../training/training-person.entity';
import { PersonSeparation } from '../training/person-separation.entity';
import { TrainingProgramme } from '../training/training-programme.entity';
import { TrainingTopic } from '../training/training-topic.entity';
import { User } from '../users/user.entity';
import { RegionLetterhead } from '../reports/letterhead.entity';

/** Every entity, listed once: the bundled API cannot glob for them. */
export const entities = [
  Region,
  PeerGroup,
  Agency,
  User,
  UserSession,
  LoginAttempt,
  PasswordResetLink,
  Cycle,
  Submission,
  SubmissionValue,
  Evidence,
  ReviewComment,
  ScoreSnapshot,
  PublishedRanking,
  PublishedThenRow,
  AuditEntry,
  Committee,
  CommitteeMember,
  TrainingTopic,
  TrainingProgramme,
  TrainingEvent,
  Attendance,
  TrainingPerson,
  PersonSeparation,
  Contest,
  Nomination,
  SeriesYear,
  ContestApplication,
  ApplicationNomination,
  ApplicationMeasure,
  ApplicationAttachment,
  ContestJuror,
  JurorConflict,
  ScoreSheet,
  ContestVoter,
  ContestVote,
  ContestResult,
  RegionHoliday,
  BackgroundJob,
  RegionLetterhead,
  Notification,
  NotificationPreference,
  RegionNotificationDefault,
  MailMessage,
];
