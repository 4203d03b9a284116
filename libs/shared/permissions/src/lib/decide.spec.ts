import { ROLES, type Role, type SessionUser } from '@prgauge/contracts';
import { ACTION_NAMES, ACTIONS, isAction } from './actions';
import { can, decide, roleMay } from './decide';

const NORTH = 'region-north';
const SOUTH = 'region-south';

function person(role: Role, extra: Partial<SessionUser> = {}): SessionUser {
  return {
    id: `${role}-id`,
    login: role,
    displayName: role,
    role,
    regionId: role === 'admin' ? null : NORTH,
    agencyId: role === 'agency_editor' ? 'agency-a' : null,
    locale: 'en',
    passwordChangeRequired: false,
    ...extra,
  };
}

describe('roleMay', () => {
  it('lets national admins do every action but register as a voter, which is for journalists', () => {
    expect(ACTION_NAMES.filter((action) => !roleMay('admin', action))).toEqual(['contest.voter.register']);
  });

  it('opens a public action to every role unless it names some', () => {
    expect(ROLES.filter((r) => roleMay(r, 'results.read'))).toEqual([...ROLES]);
    expect(ROLES.filter((r) => roleMay(r, 'contest.voter.register'))).toEqual(['journalist']);
    expect(decide(null, 'contest.voter.register')).toBe('allowed');
    expect(decide(person('director'), 'contest.voter.register')).toBe('forbidden');
  });

  it('keeps jurors and journalists to contests and their own account', () => {
    for (const role of ['juror', 'journalist'] as const) {
      const open = ACTION_NAMES.filter((a) => ACTIONS[a].scope !== 'public' && roleMay(role, a));
      expect([role, open.filter((a) => !a.startsWith('contest.') && !a.startsWith('account.'))]).toEqual([
        role,
        [],
      ]);
    }
    expect(roleMay('juror', 'contest.judge')).toBe(true);
    expect(roleMay('journalist', 'contest.judge')).toBe(false);
    expect(roleMay('juror', 'agency.read')).toBe(false);
  });

  it('lets evaluators check a value workbook but not save it', () => {
    expect(ROLES.filter((r) => roleMay(r, 'cycle.values.import.apply'))).toEqual([
      'admin',
      'director',
      'agency_editor',
    ]);
    expect(roleMay('evaluator', 'cycle.values.import')).toBe(true);
    // Figures already with the reviewers change through an import only at the directorate's hand.
    expect(ROLES.filter((r) => roleMay(r, 'cycle.values.import.overwrite'))).toEqual(['admin', 'director']);
  });

  it('lets committee members return and approve submissions, as the API does', () => {
    expect(roleMay('committee_member', 'submission.return')).toBe(true);
    expect(roleMay('committee_member', 'submission.approve')).toBe(true);
    expect(roleMay('viewer', 'submission.approve')).toBe(false);
  });

  it('gives training management to directors and committee members, and programmes to admins only', () => {
    expect(ROLES.filter((r) => roleMay(r, 'training.event.manage'))).toEqual([
      'admin',
      'director',
      'committee_member',
    ]);
    expect(ROLES.filter((r) => roleMay(r, 'training.programme.manage'))).toEqual(['admin']);
  });
});

describe('decide', () => {
  it('answers 401 to nobody on every action that is not public', () => {
    for (const action of ACTION_NAMES)
      expect([action, decide(null, action)]).toEqual([
        action,
        ACTIONS[action].scope === 'public' ? 'allowed' : 'unauthenticated',
      ]);
  });

  it('answers 403 to a role the action does not list, whatever the record', () => {
    expect(decide(person('viewer'), 'cycle.publish')).toBe('forbidden');
    expect(decide(person('viewer'), 'cycle.publish', { regionId: SOUTH })).toBe('forbidden');
  });

  it('answers 404 for a record of another region, and lets admins reach every region', () => {
    expect(decide(person('director'), 'cycle.publish', { regionId: NORTH })).toBe('allowed');
    expect(decide(person('director'), 'cycle.publish', { regionId: SOUTH })).toBe('not_found');
    expect(decide(person('admin'), 'cycle.publish', { regionId: SOUTH })).toBe('allowed');
    expect(decide(person('director'), 'cycle.read', { regionId: null })).toBe('not_found');
  });

  it("confines agency editors to their own agency's records", () => {
    const editor = person('agency_editor');
    expect(decide(editor, 'submission.read', { regionId: NORTH, agencyId: 'agency-a' })).toBe('allowed');
    expect(decide(editor, 'submission.read', { regionId: NORTH, agencyId: 'agency-b' })).toBe('not_found');
    expect(decide(person('evaluator'), 'submission.read', { regionId: NORTH, agencyId: 'agency-b' })).toBe(
      'allowed',
    );
  });

  it("needs the committee's duty for a committee member, and answers 403 without it", () => {
    const member = person('committee_member');
    const submission = { regionId: NORTH, agencyId: 'agency-a' };
    expect(decide(member, 'submission.approve', { ...submission, committeeMember: true })).toBe('allowed');
    expect(decide(member, 'submission.approve', { ...submission, committeeMember: false })).toBe('forbidden');
    expect(decide(member, 'submission.approve', { regionId: SOUTH, committeeMember: true })).toBe(
      'not_found',
    );
    expect(decide(person('director'), 'submission.approve', { ...submission, committeeMember: false })).toBe(
      'allowed',
    );
  });

  it('reads a contest in any of its regions', () => {
    expect(decide(person('viewer'), 'contest.read', { regionIds: [SOUTH, NORTH] })).toBe('allowed');
    expect(decide(person('viewer'), 'contest.read', { regionIds: [SOUTH] })).toBe('not_found');
    expect(decide(person('juror', { regionId: null }), 'contest.read', { regionIds: [NORTH] })).toBe(
      'not_found',
    );
  });

  it('shows an application to its organisers, its filer and the jurors seated on it', () => {
    const application = { regionIds: [NORTH], ownerId: 'agency_editor-id' };
    expect(decide(person('agency_editor'), 'contest.attachment.read', application)).toBe('allowed');
    expect(decide(person('agency_editor', { id: 'other' }), 'contest.attachment.read', application)).toBe(
      'not_found',
    );
    expect(decide(person('director'), 'contest.attachment.read', application)).toBe('allowed');
    expect(decide(person('director', { regionId: SOUTH }), 'contest.attachment.read', application)).toBe(
      'not_found',
    );
    expect(decide(person('juror'), 'contest.attachment.read', { ...application, jurorSeat: true })).toBe(
      'allowed',
    );
    expect(decide(person('juror'), 'contest.attachment.read', { ...application, jurorSeat: false })).toBe(
      'not_found',
    );
    const southEditor = person('agency_editor', { regionId: SOUTH });
    expect(decide(southEditor, 'contest.application.read', { regionIds: [NORTH] })).toBe('not_found');
    expect(
      decide(person('agency_editor', { id: 'other' }), 'contest.application.read', { regionIds: [NORTH] }),
    ).toBe('allowed');
  });

  it('lets jurors score only where they hold a seat, and journalists touch only their own registration', () => {
    expect(decide(person('juror'), 'contest.judge', { jurorSeat: true })).toBe('allowed');
    expect(decide(person('juror'), 'contest.judge', { jurorSeat: false })).toBe('not_found');
    expect(decide(person('juror'), 'contest.judge', { regionIds: [SOUTH] })).toBe('not_found');
    expect(decide(person('admin'), 'contest.judge', { jurorSeat: false })).toBe('not_found');
    const journalist = person('journalist', { regionId: null });
    expect(decide(journalist, 'contest.voter.document.upload', { ownerId: journalist.id })).toBe('allowed');
    expect(decide(journalist, 'contest.voter.document.upload', { ownerId: 'someone' })).toBe('not_found');
  });

  it('lets only verified voters of the contest’s region vote, national admins included', () => {
    const journalist = person('journalist');
    expect(decide(journalist, 'contest.vote', { regionIds: [NORTH], verifiedVoter: true })).toBe('allowed');
    expect(decide(journalist, 'contest.vote', { regionIds: [NORTH], verifiedVoter: false })).toBe(
      'forbidden',
    );
    expect(decide(journalist, 'contest.vote', { regionIds: [SOUTH], verifiedVoter: true })).toBe('not_found');
    expect(decide(person('admin'), 'contest.vote', { regionIds: [NORTH], verifiedVoter: false })).toBe(
      'forbidden',
    );
    expect(decide(person('viewer'), 'contest.vote')).toBe('forbidden');
  });

  it('previews unpublished results for region staff only, never for an agency’s editor, not even its own', () => {
    const cycle = { regionId: NORTH, agencyId: 'agency-a' };
    expect(can(person('viewer'), 'results.ranking.preview', cycle)).toBe(true);
    expect(can(person('viewer'), 'results.scorecard.preview', cycle)).toBe(true);
    expect(can(person('agency_editor'), 'results.ranking.preview', cycle)).toBe(false);
    expect(can(person('agency_editor'), 'results.scorecard.preview', cycle)).toBe(false);
    expect(can(null, 'results.scorecard.preview', cycle)).toBe(false);
  });

  it('lets anyone do a public action, signed in or not', () => {
    expect(decide(null, 'results.read')).toBe('allowed');
    expect(decide(person('juror'), 'results.read')).toBe('allowed');
  });

  it('can() is decide() === allowed', () => {
    expect(can(person('director'), 'cycle.publish', { regionId: NORTH })).toBe(true);
    expect(can(person('director'), 'cycle.publish', { regionId: SOUTH })).toBe(false);
    expect(can(null, 'cycle.publish')).toBe(false);
  });
});

describe('the map', () => {
  it('names every action area.verb and lists only known roles', () => {
    for (const action of ACTION_NAMES) {
      expect([action, /^[a-z_]+(\.[a-z_]+)+$/.test(action)]).toEqual([action, true]);
      for (const role of ACTIONS[action].roles) expect(ROLES).toContain(role);
    }
  });

  it('recognises its own names only', () => {
    expect(isAction('submission.approve')).toBe(true);
    expect(isAction('submission.destroy')).toBe(false);
    expect(isAction('toString')).toBe(false);
  });
});
