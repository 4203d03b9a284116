import type { AccountView, OwnAccountView, PasswordResetAccepted } from './accounts';
import type { AuditEntryView } from './audit';
import type { LetterheadView } from './letterhead';
import type { ApplicantApplicationView } from './contest-applicants';
import type {
  ApplicationView,
  ContestBallot,
  ContestResults,
  ContestView,
  JurorTask,
  JurorView,
  JuryProgressRow,
  LiveCounts,
  NominationView,
  PublicApplicationReceipt,
  SeriesYearView,
  VoteAnomaly,
  VoteReceipt,
  VoterRegistrationReceipt,
  VoterView,
} from './contests';
import type { CycleView, ExtensionView } from './cycle';
import type { ValueImportResult } from './value-import';
import type { PublishSummary } from './cycle-lifecycle';
import type { CycleFramework } from './framework';
import type { HealthView } from './health';
import type { JobStarted, JobView } from './jobs';
import type { MailMessageSummary, MailMessageView, UnsubscribeResult } from './mail';
import type { NotificationPreferenceView, NotificationUnreadView, NotificationView } from './notifications';
import type { AgencyImportResult, AgencyView, PeerGroupView, RegionView } from './organisation';
import type { LoginResponse, SessionUser } from './roles';
import type { PublishedThenResult, RankingResponse, ScorecardResponse } from './scores';
import type {
  CompletenessRow,
  EvidenceView,
  ReviewCommentView,
  ReviewQueueItem,
  SaveValuesResult,
  SubmissionView,
} from './submission';
import type {
  AttendanceImportResult,
  AttendanceView,
  CommitteeView,
  DoubtfulPersonPair,
  ProgrammeTotalsView,
  TrainingEventView,
  TrainingLeafRecords,
  TrainingPersonView,
  TrainingProgrammeView,
  TrainingReport,
  TrainingTopicView,
} from './training';
import type { WorkingWeekView } from './working-week';

/**
 * Every JSON body the API answers with, keyed by the name its schema has in the OpenAPI document. The API's
 * `@Responds(status, 'Name')` takes these keys and refuses a handler that returns another type; the schemas are
 * generated from this map (`npm run openapi:schemas`).
 */
export interface ResponseBodies {
  AccountView: AccountView;
  AgencyImportResult: AgencyImportResult;
  AgencyView: AgencyView;
  ApplicantApplicationView: ApplicantApplicationView;
  ApplicationView: ApplicationView;
  AttendanceImportResult: AttendanceImportResult;
  ValueImportResult: ValueImportResult;
  AttendanceView: AttendanceView;
  AuditEntryView: AuditEntryView;
  CommitteeView: CommitteeView;
  CompletenessRow: CompletenessRow;
  ContestBallot: ContestBallot;
  ContestResults: ContestResults;
  ContestView: ContestView;
  CycleFramework: CycleFramework;
  CycleView: CycleView;
  DoubtfulPersonPair: DoubtfulPersonPair;
  EvidenceView: EvidenceView;
  ExtensionView: ExtensionView;
  HealthView: HealthView;
  JobStarted: JobStarted;
  JobView: JobView;
  JurorTask: JurorTask;
  JurorView: JurorView;
  JuryProgressRow: JuryProgressRow;
  LiveCounts: LiveCounts;
  LoginResponse: LoginResponse;
  MailMessageSummary: MailMessageSummary;
  MailMessageView: MailMessageView;
  NominationView: NominationView;
  NotificationPreferenceView: NotificationPreferenceView;
  NotificationUnreadView: NotificationUnreadView;
  NotificationView: NotificationView;
  OwnAccountView: OwnAccountView;
  PasswordResetAccepted: PasswordResetAccepted;
  PeerGroupView: PeerGroupView;
  ProgrammeTotalsView: ProgrammeTotalsView;
  PublicApplicationReceipt: PublicApplicationReceipt;
  PublishSummary: PublishSummary;
  PublishedThenResult: PublishedThenResult;
  RankingResponse: RankingResponse;
  RegionView: RegionView;
  ReviewCommentView: ReviewCommentView;
  ReviewQueueItem: ReviewQueueItem;
  SaveValuesResult: SaveValuesResult;
  ScorecardResponse: ScorecardResponse;
  SeriesYearView: SeriesYearView;
  SessionUser: SessionUser;
  SubmissionView: SubmissionView;
  TrainingEventView: TrainingEventView;
  TrainingLeafRecords: TrainingLeafRecords;
  TrainingPersonView: TrainingPersonView;
  TrainingProgrammeView: TrainingProgrammeView;
  TrainingReport: TrainingReport;
  TrainingTopicView: TrainingTopicView;
  UnsubscribeResult: UnsubscribeResult;
  VoteAnomaly: VoteAnomaly;
  VoteReceipt: VoteReceipt;
  VoterRegistrationReceipt: VoterRegistrationReceipt;
  VoterView: VoterView;
  WorkingWeekView: WorkingWeekView;
  LetterheadView: LetterheadView;
}
