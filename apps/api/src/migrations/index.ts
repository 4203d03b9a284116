import { AddNotifications20270211100000 } from './20270211100000-add-notifications';
import { AddDeadlineReminders20270213100000 } from './20270213100000-add-deadline-reminders';
import { AddContestNotices20270214100000 } from './20270214100000-add-contest-notices';
import { AddMailDelivery20270212100000 } from './20270212100000-add-mail-delivery';
import { AddPasswordResetLinks20270215100000 } from './20270215100000-add-password-reset-links';
import { AddNationalScaleIndexes20270217100000 } from './20270217100000-add-national-scale-indexes';
import { AddCycleNewestIndex20270219100000 } from './20270219100000-add-cycle-newest-index';
import { StoreSnapshotScoresUncompressed20270221100000 } from './20270221100000-store-snapshot-scores-uncompressed';
import { DropValueWriterReference20270222100000 } from './20270222100000-drop-value-writer-reference';
import { StoreImportPlansUncompressed20270222110000 } from './20270222110000-store-import-plans-uncompressed';
import { UnnameFirstAdmin20270223100000 } from './20270223100000-unname-first-admin';
import { EnableExtensions20261123060000 } from './20261123060000-enable-extensions';
import { CreateEvaluationSchema20261123070000 } from './20261123070000-create-evaluation-schema';
import { AddCommitteesAndTraining20261201090000 } from './20261201090000-add-committees-and-training';
import { AddContests20261210090000 } from './20261210090000-add-contests';
import { AddPublicApplications20261215090000 } from './20261215090000-add-public-applications';
import { AddNominationVersion20261216090000 } from './20261216090000-add-nomination-version';
import { AddVoterDocumentDetails20261217090000 } from './20261217090000-add-voter-document-details';
import { ThrottleSignInByAccountAndAddress20261220090000 } from './20261220090000-throttle-sign-in-by-account-and-address';
import { AddAddressLimits20261220100000 } from './20261220100000-add-address-limits';
import { AddPersonalDataConsent20261230100000 } from './20261230100000-add-personal-data-consent';
import { KeepAgencyAttributesInSnapshots20261231100000 } from './20261231100000-keep-agency-attributes-in-snapshots';
import { AddPasswordChangeRequired20270101100000 } from './20270101100000-add-password-change-required';
import { AddRegionSettings20270102100001 } from './20270102100001-add-region-settings';
import { AddPublishedThen20270207100000 } from './20270207100000-add-published-then';
import { AddCycleImportedHistory20270103100000 } from './20270103100000-add-cycle-imported-history';
import { AddReviewCommentReplies20270104100001 } from './20270104100001-add-review-comment-replies';
// Search keys (shared text normalisation)
import { AddAgencyNameSearch20270110100000 } from './20270110100000-add-agency-name-search';
import { AddAccountNameSearch20270110100100 } from './20270110100100-add-account-name-search';
import { AddTrainingEventTitleSearch20270110100200 } from './20270110100200-add-training-event-title-search';
import { AddContestApplicationNameSearch20270110100300 } from './20270110100300-add-contest-application-name-search';
// Working weeks and holidays
import { AddRegionWorkingWeek20270115100000 } from './20270115100000-add-region-working-week';
// Contest texts by language
import { LocalizeContestOrganiserAndRules20270117100000 } from './20270117100000-localize-contest-organiser-and-rules';
import { AddContestSeriesYears20270205100000 } from './20270205100000-add-contest-series-years';
import { AddMeasuredCriteria20270202100000 } from './20270202100000-add-measured-criteria';
import { AddTrainingPersons20270204100000 } from './20270204100000-add-training-persons';
import { AddContestShapesAndTieRules20270201100000 } from './20270201100000-add-contest-shapes-and-tie-rules';
import { AddApplicationAuthorsAndPrivateLink20270203100000 } from './20270203100000-add-application-authors-and-private-link';
import { AddBackgroundJobs20270209100000 } from './20270209100000-add-background-jobs';
import { AddValueImportPlans20270220100000 } from './20270220100000-add-value-import-plans';
import { MoveQueuedImportWrites20270220110000 } from './20270220110000-move-queued-import-writes';
import { AddRegionLetterhead20270208100000 } from './20270208100000-add-region-letterhead';
import { AddBackgroundJobLabel20270210100000 } from './20270210100000-add-background-job-label';

/** Listed by hand because the bundled API cannot glob its own folder. Order matters. */
export const migrations = [
  EnableExtensions20261123060000,
  CreateEvaluationSchema20261123070000,
  AddCommitteesAndTraining20261201090000,
  AddContests20261210090000,
  AddPublicApplications20261215090000,
  AddNominationVersion20261216090000,
  AddVoterDocumentDetails20261217090000,
  ThrottleSignInByAccountAndAddress20261220090000,
  AddAddressLimits20261220100000,
  AddPersonalDataConsent20261230100000,
  KeepAgencyAttributesInSnapshots20261231100000,
  AddPasswordChangeRequired20270101100000,
  AddRegionSettings20270102100001,
  AddCycleImportedHistory20270103100000,
  AddReviewCommentReplies20270104100001,
  // Search keys (shared text normalisation)
  AddAgencyNameSearch20270110100000,
  AddAccountNameSearch20270110100100,
  AddTrainingEventTitleSearch20270110100200,
  AddContestApplicationNameSearch20270110100300,
  // Working weeks and holidays
  AddRegionWorkingWeek20270115100000,
  // Contest texts by language
  LocalizeContestOrganiserAndRules20270117100000,
  // Earlier years of contest series
  AddContestSeriesYears20270205100000,
  // Criteria measured from applications, juror disagreement
  AddMeasuredCriteria20270202100000,
  // Training participants as persons
  AddTrainingPersons20270204100000,
  // Contest shapes and tie rules
  AddContestShapesAndTieRules20270201100000,
  // Applications: several authors and organisations, reference number, private link
  AddApplicationAuthorsAndPrivateLink20270203100000,
  // Historic cycles: totals and ranks published at the time
  AddPublishedThen20270207100000,
  // PDF reports: the region's letterhead
  AddRegionLetterhead20270208100000,
  // Background jobs: the queue's schema and the job record
  AddBackgroundJobs20270209100000,
  // Background jobs: what each is about
  AddBackgroundJobLabel20270210100000,
  // Notifications: the bell, preferences, outgoing mail, accounts' email addresses
  AddNotifications20270211100000,
  // Mail delivery: its queue and the secret of unsubscribe links
  AddMailDelivery20270212100000,
  // Deadline reminders: each point of each deadline sent once
  AddDeadlineReminders20270213100000,
  // Contest notifications: the applicant's language, and the date-driven notices already sent
  AddContestNotices20270214100000,
  // Password resets by email: one row per link, its token kept as a hash
  AddPasswordResetLinks20270215100000,
  // National scale: indexes that keep a region's reads at the region's cost
  AddNationalScaleIndexes20270217100000,
  // A national admin's cycle list, paged newest first across regions
  AddCycleNewestIndex20270219100000,
  // Value import: a queued import's checked writes, apart from the queue's job row
  AddValueImportPlans20270220100000,
  // Value import: writes queued by an earlier release in a job's payload become that job's plan
  MoveQueuedImportWrites20270220110000,
  // Publishing: a snapshot's score maps stored uncompressed, for a faster publish
  StoreSnapshotScoresUncompressed20270221100000,
  // Value import: a value's writer kept as provenance, not a key checked on every write
  DropValueWriterReference20270222100000,
  // Value import: a queued import's plan stored uncompressed, for the short while it waits
  StoreImportPlansUncompressed20270222110000,
  // The first admin reads as its role in the reader's language until given a name
  UnnameFirstAdmin20270223100000,
];
