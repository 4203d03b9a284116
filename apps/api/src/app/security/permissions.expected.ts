import type { Action } from '@prgauge/permissions';

/**
 * The permissions walk's expectations: for every route, the answer each caller gets about the route victim
 * (agency A's records in the north region, its contest, committee and training event).
 *
 * - `ok`: let through. The API answers 2xx, or a refusal of the record's own rules that is not about access
 *   (400, 409, 429).
 * - `401`: sign in first. `403`: this role may never do it (or a committee member lacks the committee's duty, a
 *   journalist a verified registration). `404`: the record is outside the caller's region, agency or jury seat,
 *   answered like a missing one.
 * - `gone`: the API answers 404 because no such record exists for this caller (an admin has no agency, so no
 *   submission of their own); the map, which judges access, allows it.
 */
export type Answer = 'ok' | '401' | '403' | '404';

/**
 * The callers, in the order of each row's cells. "Own" is agency A's editor, the north staff, the committee
 * member seated on the victim's training committee and on the performance-evaluation committee, the juror seated
 * on the victim's nomination and the verified voter in its contest; "unseated", "unregistered" and `editor-b`
 * stand in another place of the same region; `south-*` in another region. National admins belong to none.
 */
export const WALK_COLUMNS = [
  'anonymous',
  'admin',
  'director',
  'south-director',
  'evaluator',
  'south-evaluator',
  'viewer',
  'south-viewer',
  'editor-a',
  'editor-b',
  'south-editor',
  'member-seated',
  'member-unseated',
  'south-member',
  'juror',
  'juror-unseated',
  'south-juror',
  'journalist',
  'journalist-unregistered',
  'south-journalist',
] as const;

type Column = (typeof WALK_COLUMNS)[number];

/** The row's cells are grouped by role with `|`: how many callers each group has, in `WALK_COLUMNS` order. */
const GROUPS = [1, 1, 2, 2, 2, 3, 3, 3, 3];

/**
 * One row per action, for every route of that action that names a record.
 * anonymous | admin | director: north south | evaluator: north south | viewer: north south |
 * editor: A B south | committee member: seated unseated south | juror: seated unseated south |
 * journalist: verified unregistered south
 */
const BY_ACTION: Partial<Record<Action, string>> = {
  'health.read': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.sign_in': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.recover_password': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'results.read': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'contest.public.read': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'contest.application.file_public':
    'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'contest.application.follow_link':
    'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'contest.voter.register':
    'ok | 403 | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | ok ok ok',
  'account.read_own': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.sign_out': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.change_password': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.update_own': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.notifications.read':
    '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'account.notifications.choose':
    '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'region.notification_defaults.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'region.read': '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'region.create':
    '401 | ok | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'region.update':
    '401 | ok | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'peer_group.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'agency.read': '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'agency.create':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'agency.update':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'account.list':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'account.create':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'account.update':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'account.reset_password':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'audit.search':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.read': '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'cycle.create':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.update':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.framework.edit':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.open':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.close':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.reopen':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.archive':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.publish':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.extension.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.extension.grant':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.completeness.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.scoring_document.read':
    '401 | ok | ok 404 | ok 404 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.data.export':
    '401 | ok | ok 404 | ok 404 | 403 403 | ok ok 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'cycle.values.import':
    '401 | ok | ok 404 | ok 404 | 403 403 | ok ok 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'scoring.preview':
    '401 | ok | ok ok | ok ok | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'report.scorecard':
    '401 | ok | ok 404 | ok 404 | 403 403 | ok 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'report.ranking':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'report.certificates':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'region.letterhead.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'submission.read_own':
    '401 | gone | 403 403 | 403 403 | 403 403 | ok ok 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'submission.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | ok 404 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'submission.edit':
    '401 | ok | ok 404 | ok 404 | 403 403 | ok 404 404 | ok 403 404 | 403 403 403 | 403 403 403',
  'submission.evidence.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'submission.submit':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'submission.comment.reply':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'submission.review_queue':
    '401 | ok | ok 404 | ok 404 | ok 404 | 403 403 403 | ok ok 404 | 403 403 403 | 403 403 403',
  'submission.return':
    '401 | ok | ok 404 | ok 404 | 403 403 | 403 403 403 | ok 403 404 | 403 403 403 | 403 403 403',
  'submission.approve':
    '401 | ok | ok 404 | ok 404 | 403 403 | 403 403 403 | ok 403 404 | 403 403 403 | 403 403 403',
  'committee.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | 403 403 403 | ok ok 404 | 403 403 403 | 403 403 403',
  'committee.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'training.event.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'training.event.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | ok 403 404 | 403 403 403 | 403 403 403',
  'training.attendance.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | 403 403 403 | 403 403 403',
  'training.attendance.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | ok 403 404 | 403 403 403 | 403 403 403',
  'training.topic.read': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'training.topic.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | ok 403 404 | 403 403 403 | 403 403 403',
  'training.programme.read':
    '401 | ok | ok 404 | ok 404 | ok 404 | 403 403 403 | ok ok 404 | 403 403 403 | 403 403 403',
  'training.programme.manage':
    '401 | ok | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'training.report.read':
    '401 | ok | ok ok | ok ok | ok ok | 403 403 403 | ok ok ok | 403 403 403 | 403 403 403',
  'contest.read': '401 | ok | ok 404 | ok 404 | ok 404 | ok ok 404 | ok ok 404 | ok ok 404 | ok ok 404',
  'contest.create':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.update':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.nomination.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.jury.manage':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.jury.progress':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.application.screen':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.personal_data.erase':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.results.preview':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.results.publish':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.voter.read':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.voter.verify':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.vote_anomalies.read':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.application.file':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok ok 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.application.read':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok ok 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.application.attach':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  'contest.attachment.read':
    '401 | ok | ok 404 | 403 403 | 403 403 | ok 404 404 | 403 403 403 | ok 404 404 | 403 403 403',
  'contest.judge':
    '401 | 404 | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | ok 404 404 | 403 403 403',
  'contest.ballot.read':
    '401 | ok | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | ok ok 404',
  'contest.vote':
    '401 | 403 | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | ok 403 404',
  'contest.voter.document.upload':
    '401 | 404 | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | ok 404 404',
  // The victim job was asked for by agency A's editor: it and the region's director follow it.
  'job.read': '401 | ok | ok 404 | 404 404 | 404 404 | ok 404 404 | 404 404 404 | 403 403 403 | 403 403 403',
  // The victim message went to agency A's editor in the north region: its directors and national admins read it.
  'mail.outbox.read':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'mail.unsubscribe': 'ok | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
};

/**
 * Routes whose row differs from their action's. Lists name no record: the API filters them to what the caller
 * may see, so another region's caller is let through. Creates put the record into the caller's own region. An
 * unpublished cycle's ranking and scorecards exist only for those who may preview them (`PREVIEWED_BY`).
 */
const BY_ROUTE: Record<string, string> = {
  'GET /api/agencies': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/committees':
    '401 | ok | ok ok | ok ok | ok ok | 403 403 403 | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/contests': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | ok ok ok | ok ok ok',
  'GET /api/contests/:contestId/my-score-sheets':
    '401 | ok | 403 403 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | ok ok 404 | 403 403 403',
  'GET /api/cycles': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/jobs': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/mail/outbox':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'GET /api/cycles/:cycleId/ranking':
    '404 | ok | ok 404 | ok 404 | ok 404 | 404 404 404 | 404 404 404 | 404 404 404 | 404 404 404',
  'GET /api/cycles/:cycleId/ranking.xlsx':
    '404 | ok | ok 404 | ok 404 | ok 404 | 404 404 404 | 404 404 404 | 404 404 404 | 404 404 404',
  'GET /api/cycles/:cycleId/scorecards/:agencyId':
    '404 | ok | ok 404 | ok 404 | ok 404 | 404 404 404 | 404 404 404 | 404 404 404 | 404 404 404',
  // The letter is the scorecard's: in the victim's unpublished cycle only those who may preview it get it.
  'GET /api/cycles/:cycleId/agencies/:agencyId/scorecard.pdf':
    '401 | ok | ok 404 | ok 404 | 403 403 | 404 404 404 | 403 403 403 | 403 403 403 | 403 403 403',
  // One account names a record: another region's director is answered as if it did not exist.
  'GET /api/users/:userId':
    '401 | ok | ok 404 | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'GET /api/regions': '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/training/events':
    '401 | ok | ok ok | ok ok | ok ok | ok ok ok | ok ok ok | 403 403 403 | 403 403 403',
  'GET /api/training/programmes':
    '401 | ok | ok ok | ok ok | ok ok | 403 403 403 | ok ok ok | 403 403 403 | 403 403 403',
  // The victim notification is agency A's editor's: to anyone else it does not exist.
  'POST /api/notifications/:notificationId/read':
    '401 | gone | gone gone | gone gone | gone gone | ok gone gone | gone gone gone | gone gone gone | gone gone gone',
  'POST /api/committees':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403',
  'POST /api/training/events':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | ok 403 403 | 403 403 403 | 403 403 403',
  'GET /api/training/persons/doubtful':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | ok 403 403 | 403 403 403 | 403 403 403',
  'POST /api/training/topics':
    '401 | ok | ok ok | 403 403 | 403 403 | 403 403 403 | ok 403 403 | 403 403 403 | 403 403 403',
};

/**
 * Routes whose records, in an unpublished cycle, only these actions' holders see: to anyone their own action lets
 * through but the preview does not, 404.
 */
export const PREVIEWED_BY: Record<string, Action> = {
  'GET /api/cycles/:cycleId/ranking': 'results.ranking.preview',
  'GET /api/cycles/:cycleId/ranking.xlsx': 'results.ranking.preview',
  'GET /api/cycles/:cycleId/scorecards/:agencyId': 'results.scorecard.preview',
  'GET /api/cycles/:cycleId/agencies/:agencyId/scorecard.pdf': 'results.scorecard.preview',
};

function cells(row: string): Record<Column, Answer | 'gone'> {
  const groups = row.split('|').map((group) => group.trim().split(/\s+/));
  if (groups.map((group) => group.length).join() !== GROUPS.join())
    throw new Error(`A row needs ${GROUPS.join(', ')} cells per group: ${row}`);
  const answers = groups.flat() as (Answer | 'gone')[];
  return Object.fromEntries(WALK_COLUMNS.map((column, i) => [column, answers[i]])) as Record<
    Column,
    Answer | 'gone'
  >;
}

/** The table's answer for one route and caller; throws for a route or action the table lacks. */
export function expectedAnswer(action: Action, routeKey: string, column: Column): Answer | 'gone' {
  const row = BY_ROUTE[routeKey] ?? BY_ACTION[action];
  if (!row)
    throw new Error(`No expectation for ${routeKey} [${action}]: add a row to permissions.expected.ts`);
  return cells(row)[column];
}
