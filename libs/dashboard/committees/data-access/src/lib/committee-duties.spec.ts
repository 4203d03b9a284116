import type { CommitteeKind, CommitteeView, Role, SessionUser } from '@prgauge/contracts';
import { can } from '@prgauge/permissions';
import { committeeDutiesOf, dependsOnCommitteeSeat, NO_DUTIES, reviewScope } from './committee-duties';

const user = (role: Role): SessionUser => ({
  id: 'me',
  login: 'me',
  displayName: 'Me',
  role,
  regionId: 'r',
  agencyId: null,
  locale: 'ru',
  passwordChangeRequired: false,
});

const committee = (kind: CommitteeKind, indices: string[], memberIds: string[]): CommitteeView => ({
  id: kind,
  regionId: 'r',
  kind,
  name: { ru: kind, kk: kind, fa: kind, en: kind },
  chair: null,
  indices,
  members: memberIds.map((userId, i) => ({
    id: `${kind}-${i}`,
    committeeId: kind,
    userId,
    name: userId,
    affiliation: null,
    role: 'member',
  })),
  version: 1,
});

const submission = { agencyId: 'agency' };

describe('committee duties', () => {
  it('collects the kinds and indices of the committees the person sits on, and no others', () => {
    const duties = committeeDutiesOf(
      [committee('training', ['training'], ['me']), committee('media_relations', ['media'], ['someone'])],
      'me',
    );
    expect([...duties.kinds]).toEqual(['training']);
    expect([...duties.indices]).toEqual(['training']);
  });

  it('lets a performance-evaluation member approve and return, an index committee only comment on its index', () => {
    const member = user('committee_member');
    const whole = committeeDutiesOf([committee('performance_evaluation', [], ['me'])], 'me');
    const training = committeeDutiesOf([committee('training', ['training'], ['me'])], 'me');
    expect(can(member, 'submission.approve', reviewScope(submission, whole))).toBe(true);
    expect(can(member, 'submission.approve', reviewScope(submission, training))).toBe(false);
    expect(can(member, 'submission.return', reviewScope(submission, training, 'training'))).toBe(true);
    expect(can(member, 'submission.return', reviewScope(submission, training, 'media'))).toBe(false);
    expect(can(member, 'submission.approve', reviewScope(submission, NO_DUTIES))).toBe(false);
  });

  it('reads the seats only of those whose answer turns on them', () => {
    expect(dependsOnCommitteeSeat(user('committee_member'), 'submission.approve')).toBe(true);
    expect(dependsOnCommitteeSeat(user('evaluator'), 'submission.approve')).toBe(false);
    expect(dependsOnCommitteeSeat(user('viewer'), 'submission.approve')).toBe(false);
    expect(dependsOnCommitteeSeat(null, 'submission.approve')).toBe(false);
  });
});
