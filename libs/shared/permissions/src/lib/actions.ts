import type { Role } from '@prgauge/contracts';
import type { Scope } from './scope';

/**
 * One thing a person can do: the roles that may do it, and where the record it touches is checked.
 * National admins pass every role check (they are never listed except where only they may act); the scope of
 * each record still applies to them where it names an owner or a jury seat.
 */
export interface ActionRule {
  /** Roles that may do this, besides national admins. */
  readonly roles: readonly Role[];
  /** Where the record is checked once the role may act (see `Scope`). */
  readonly scope: Scope;
  /** What the action is, in one line, for documentation and tests. */
  readonly summary: string;
}

/** Everyone who works inside the administration: they read their region's data. */
const STAFF = ['director', 'evaluator', 'agency_editor', 'viewer', 'committee_member'] as const;
/** Region staff who read the region as a whole, not one agency: the review, committee and training readers. */
const REGION_READERS = ['director', 'evaluator', 'viewer', 'committee_member'] as const;
/** Every signed-in person, outsiders (jurors, journalists) included. */
const EVERYONE = [...STAFF, 'juror', 'journalist'] as const;

const rule = (roles: readonly Role[], scope: Scope, summary: string): ActionRule => ({
  roles,
  scope,
  summary,
});

/**
 * Every action of PR Gauge, named `area.verb`. Each API route names exactly one (`@Can('…')`); the dashboard
 * shows navigation and buttons from the same entries. The roles are those the API enforced route by route
 * before this map existed; where the dashboard disagreed, the API's rule was kept (issue 13): committee members
 * return and approve submissions, national admins manage training.
 */
export const ACTIONS = {
  // Anyone, without signing in.
  'health.read': rule([], 'public', 'Check that the service and its database answer'),
  'account.sign_in': rule([], 'public', 'Sign in with a login and password'),
  'account.recover_password': rule(
    [],
    'public',
    'Ask for a password-reset link by email, and set a new password with it',
  ),
  'results.read': rule(
    [],
    'public',
    "Read published results: regions, cycles, rankings, agencies' scorecards",
  ),
  'contest.public.read': rule(
    [],
    'public',
    'Read open and published contests, their live counts and results',
  ),
  'contest.application.file_public': rule([], 'public', 'Apply to an open contest without an account'),
  'contest.application.follow_link': rule(
    [],
    'public',
    "Read one's application and its state through its private link, and edit it while applications are open",
  ),
  'contest.voter.register': rule(
    ['journalist'],
    'public',
    'Register as a journalist to vote in a contest (signed-in officials sign out first)',
  ),

  // One's own account.
  'account.read_own': rule(EVERYONE, 'account', 'Read who one is signed in as'),
  'account.sign_out': rule(EVERYONE, 'account', 'Sign out'),
  'account.change_password': rule(EVERYONE, 'account', "Change one's own password"),
  'account.update_own': rule(EVERYONE, 'account', "Choose one's own interface language"),

  // One's own notifications, and a region's defaults for them.
  'account.notifications.read': rule(
    EVERYONE,
    'account',
    "Read one's own notifications and mark them read (another's answers 404)",
  ),
  'account.notifications.choose': rule(
    EVERYONE,
    'account',
    "Read and change one's own choice of notifications per kind and channel",
  ),
  'region.notification_defaults.manage': rule(
    ['director'],
    'region',
    "Read and change the region's default choice of notifications per kind and channel",
  ),

  // Regions, agencies, accounts, audit.
  'region.read': rule(STAFF, 'region', "List regions and read a region's peer groups"),
  'region.create': rule(['admin'], 'signed_in', 'Create a region'),
  'region.update': rule(['admin'], 'region', "Change a region's names, time zone, language and calendar"),
  'peer_group.manage': rule(['director'], 'region', "Add, rename and remove a region's peer groups"),
  'agency.read': rule(STAFF, 'region', "List and read the region's agencies"),
  'agency.create': rule(['director'], 'region', 'Create agencies, one by one or from a CSV file'),
  'agency.update': rule(['director'], 'region', 'Change an agency'),
  'account.list': rule(['director'], 'region', "List the region's accounts"),
  'account.create': rule(['director'], 'region', 'Create an account in the region'),
  'account.update': rule(['director'], 'region', "Change an account's role, name, agency or state"),
  'account.reset_password': rule(['director'], 'region', "Set a new password on someone's account"),
  'audit.search': rule(['director'], 'region', "Search the region's audit log"),

  // Cycles and their frameworks.
  'cycle.read': rule(STAFF, 'region', "List and read the region's cycles and their frameworks"),
  'cycle.create': rule(['director'], 'region', 'Create a draft cycle'),
  'cycle.update': rule(['director'], 'region', "Change a cycle's name, period or deadline"),
  'cycle.framework.edit': rule(['director'], 'region', "Replace a draft cycle's framework"),
  'cycle.open': rule(['director'], 'region', 'Open a cycle for data entry'),
  'cycle.close': rule(['director'], 'region', 'Close a cycle for data entry'),
  'cycle.reopen': rule(['director'], 'region', 'Reopen a closed or published cycle, giving a reason'),
  'cycle.archive': rule(['director'], 'region', 'Archive a cycle'),
  'cycle.publish': rule(['director'], 'region', "Publish a closed cycle's scores"),
  'cycle.extension.read': rule(
    ['director', 'evaluator', 'viewer'],
    'region',
    "List a cycle's deadline extensions",
  ),
  'cycle.extension.grant': rule(['director'], 'region', 'Extend the deadline for one agency'),
  'cycle.completeness.read': rule(
    ['director', 'evaluator', 'viewer'],
    'region',
    "Read a cycle's completeness board",
  ),
  'cycle.scoring_document.read': rule(
    ['director', 'evaluator'],
    'region',
    "Download a cycle's scoring input",
  ),
  'cycle.data.export': rule(
    ['director', 'evaluator', 'agency_editor'],
    'region',
    "Download a cycle's full data as XLSX or CSV (an agency editor: their own agency's only)",
  ),
  'cycle.values.import': rule(
    ['director', 'evaluator', 'agency_editor'],
    'region',
    "Download a cycle's value template and check or import a workbook of values (editors: their own agency only)",
  ),
  'cycle.values.import.apply': rule(
    ['director', 'agency_editor'],
    'region',
    'Save a checked workbook of agency figures (evaluators check files but do not save figures)',
  ),
  'cycle.values.import.overwrite': rule(
    ['director'],
    'region',
    'Overwrite submitted or approved figures with an import, each ticked (approved ones go back to the reviewers)',
  ),
  'results.ranking.preview': rule(
    ['director', 'evaluator', 'viewer'],
    'region',
    "Preview an unpublished cycle's ranking (to anyone else it answers 404, as if unpublished)",
  ),
  // Not agency editors: a scorecard's scores, rank, region average and best come from the other agencies'
  // unpublished data, which an editor may never read; they see their own values in the form.
  'results.scorecard.preview': rule(
    ['director', 'evaluator', 'viewer'],
    'agency',
    "Preview an agency's scorecard in an unpublished cycle (404 to anyone else)",
  ),
  'scoring.preview': rule(['director', 'evaluator'], 'signed_in', 'Score a document with what-if weights'),

  // PDF reports and the letterhead they carry.
  'report.scorecard': rule(
    ['director', 'evaluator', 'agency_editor'],
    'agency',
    "Download an agency's scorecard as a PDF letter to its head (editors: their own agency's)",
  ),
  'report.ranking': rule(['director'], 'region', "Download the region's ranking report as a PDF"),
  'report.certificates': rule(
    ['director'],
    'region',
    "Download a contest's certificates for its winners as a PDF, once results are published",
  ),
  'region.letterhead.manage': rule(
    ['director'],
    'region',
    "Read and change the region's letterhead: names, emblem and address printed on its PDF reports",
  ),

  // Submissions and their review.
  'submission.read_own': rule(['agency_editor'], 'agency', "Find one's own agency's submission in a cycle"),
  'submission.read': rule(
    STAFF,
    'agency',
    'Read a submission, its evidence and the training records it counts',
  ),
  'submission.edit': rule(
    ['agency_editor', 'evaluator', 'director', 'committee_member'],
    'committee',
    "Save a submission's values and ratings",
  ),
  'submission.evidence.manage': rule(
    ['agency_editor', 'director'],
    'agency',
    'Upload, link and remove evidence',
  ),
  'submission.submit': rule(['agency_editor', 'director'], 'agency', 'Submit a submission for review'),
  'submission.comment.reply': rule(
    ['agency_editor', 'director'],
    'agency',
    "Answer a returned submission's review comment in words",
  ),
  'submission.review_queue': rule(REGION_READERS, 'region', "Read a cycle's review queue"),
  'submission.return': rule(
    ['evaluator', 'director', 'committee_member'],
    'committee',
    'Return a submission for fixes',
  ),
  'submission.approve': rule(
    ['evaluator', 'director', 'committee_member'],
    'committee',
    'Approve a submission',
  ),

  // Committees and training.
  'committee.read': rule(REGION_READERS, 'region', "List and read the region's committees"),
  'committee.manage': rule(['director'], 'region', 'Create, change and remove committees and their seats'),
  'training.event.read': rule(STAFF, 'region', "List and read the region's training events"),
  'training.event.manage': rule(
    ['director', 'committee_member'],
    'committee',
    'Create, change and delete training events',
  ),
  'training.attendance.read': rule(STAFF, 'agency', "Read an event's attendance register"),
  'training.attendance.manage': rule(
    ['director', 'committee_member'],
    'committee',
    'Add, import, change and remove attendance rows',
  ),
  'training.topic.read': rule(STAFF, 'region', "List the region's training topics"),
  'training.topic.manage': rule(
    ['director', 'committee_member'],
    'committee',
    'Add, rename and retire topics',
  ),
  'training.programme.read': rule(REGION_READERS, 'region', 'List and read training programmes'),
  'training.programme.manage': rule(['admin'], 'signed_in', 'Create, change and delete training programmes'),
  'training.report.read': rule(REGION_READERS, 'region', 'Read and export training analytics'),

  // Contests: organising.
  'contest.read': rule(EVERYONE, 'region', 'List and read the contests one may see'),
  'contest.create': rule(['director'], 'region', 'Create a contest'),
  'contest.update': rule(['director'], 'region', 'Change a contest'),
  'contest.nomination.manage': rule(['director'], 'region', "Add, change and remove a contest's nominations"),
  'contest.jury.manage': rule(['director'], 'region', "Seat and unseat a nomination's jurors"),
  'contest.jury.progress': rule(['director'], 'region', "Follow the jury's progress"),
  'contest.application.screen': rule(['director'], 'region', 'Accept or reject an application at screening'),
  'contest.personal_data.erase': rule(
    ['director'],
    'region',
    "Erase an applicant's or a voter's personal data",
  ),
  'contest.results.preview': rule(['director'], 'region', "Preview a contest's results"),
  'contest.results.publish': rule(['director'], 'region', "Publish a contest's results"),
  'contest.voter.read': rule(['director'], 'region', "List a contest's voters and read their documents"),
  'contest.voter.verify': rule(['director'], 'region', "Verify or reject a voter's registration"),
  'contest.vote_anomalies.read': rule(['director'], 'region', 'Read the vote burst report'),

  // Contests: taking part.
  'contest.application.file': rule(
    ['agency_editor', 'director'],
    'region',
    'Apply to a contest of the region',
  ),
  'contest.application.read': rule(['agency_editor', 'director'], 'filer', "List a contest's applications"),
  'contest.application.attach': rule(
    ['agency_editor', 'director'],
    'filer',
    'Attach a file to an application',
  ),
  'contest.attachment.read': rule(
    ['agency_editor', 'director', 'juror'],
    'filer',
    "Download an application's file",
  ),
  'contest.judge': rule(
    ['juror'],
    'jury_seat',
    'Read score sheets, declare conflicts and score applications',
  ),
  'contest.ballot.read': rule(['journalist'], 'region', "Read a contest's ballot"),
  'contest.vote': rule(['journalist'], 'voter', 'Vote in a nomination, once verified'),
  'contest.voter.document.upload': rule(['journalist'], 'own', "Upload one's press card to be verified"),

  // Background jobs.
  'job.read': rule(
    STAFF,
    'filer',
    "Follow the background jobs one asked for, and download their results (directors: the region's jobs)",
  ),

  // Outgoing mail.
  'mail.outbox.read': rule(
    ['director'],
    'region',
    "Read the outgoing mail, each message with its state and parts (directors: their region's)",
  ),
  'mail.unsubscribe': rule(
    [],
    'public',
    'Turn off one kind of email with the link in a message of that kind',
  ),
} as const satisfies Record<string, ActionRule>;

/** The name of an action, e.g. `submission.approve`. */
export type Action = keyof typeof ACTIONS;

/** Every action name, in the map's order. */
export const ACTION_NAMES = Object.keys(ACTIONS) as readonly Action[];

/** True when `value` names an action of the map. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, value);
}
