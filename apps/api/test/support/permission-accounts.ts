import type { Role } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/app/auth/passwords';
import { CommitteeMember } from '../../src/app/committees/committee-member.entity';
import { Committee } from '../../src/app/committees/committee.entity';
import { User } from '../../src/app/users/user.entity';
import { PASSWORD, RegionFixture } from './fixtures';
import type { TestApp } from './test-app';

/** Where an account stands towards the route victim (agency A of the north region, and its records). */
export type Standing = 'own' | 'sameRegion' | 'otherRegion';

/** One signed-in account of the permissions walk: its role, and where it stands towards the victim. */
export interface WalkAccount {
  name: string;
  login: string;
  role: Role;
  standing: Standing;
}

/**
 * Every role in every standing towards the route victim, beside the accounts `seedRegions` and
 * `seedContestVictim` already make. "Own" is agency A's editor, the north staff, the committee member seated on
 * the victim's training committee and on a performance-evaluation committee, the juror seated on the victim's
 * nomination and the journalist registered (and verified) to vote in its contest. "Same region" is agency B's editor, or a
 * north committee member, juror or journalist without that seat or registration. "Other region" is the south.
 * Roles without an agency or a seat (director, evaluator, viewer) stand the same in their own agency and another
 * of their region, so they have one north account. National admins belong to no region: one account.
 */
export async function seedWalkAccounts(
  testApp: TestApp,
  fx: RegionFixture,
  victim: { committeeId: string },
): Promise<WalkAccount[]> {
  const ds = testApp.app.get(DataSource);
  const passwordHash = await hashPassword(PASSWORD);
  const add = (login: string, role: Role, regionId: string, agencyId: string | null = null) =>
    ds.getRepository(User).save({
      login,
      displayName: login,
      passwordHash,
      role,
      regionId,
      agencyId,
      locale: 'en',
      active: true,
    });
  const south = fx.otherRegion.id;
  const north = fx.region.id;
  await add('south-evaluator', 'evaluator', south);
  await add('south-viewer', 'viewer', south);
  await add('south-editor', 'agency_editor', south, fx.agencies.foreign.id);
  const seated = await add('member-seated', 'committee_member', north);
  await add('member-unseated', 'committee_member', north);
  await add('south-member', 'committee_member', south);
  await add('juror-unseated', 'juror', north);
  await add('south-juror', 'juror', south);
  await add('journalist-unregistered', 'journalist', north);
  await add('south-journalist', 'journalist', south);

  const evaluation = await ds.getRepository(Committee).save({
    regionId: north,
    kind: 'performance_evaluation',
    name: { en: 'Evaluation' },
    chair: null,
    indices: [],
  });
  for (const committeeId of [victim.committeeId, evaluation.id])
    await ds.getRepository(CommitteeMember).save({
      committeeId,
      userId: seated.id,
      personName: null,
      affiliation: null,
      role: 'member',
    });

  const account = (name: string, login: string, role: Role, standing: Standing): WalkAccount => ({
    name,
    login,
    role,
    standing,
  });
  return [
    account('admin', fx.logins.admin, 'admin', 'own'),
    account('director', fx.logins.director, 'director', 'own'),
    account('south-director', fx.logins.foreignDirector, 'director', 'otherRegion'),
    account('evaluator', fx.logins.evaluator, 'evaluator', 'own'),
    account('south-evaluator', 'south-evaluator', 'evaluator', 'otherRegion'),
    account('viewer', fx.logins.viewer, 'viewer', 'own'),
    account('south-viewer', 'south-viewer', 'viewer', 'otherRegion'),
    account('editor-a', fx.logins.editorA, 'agency_editor', 'own'),
    account('editor-b', fx.logins.editorB, 'agency_editor', 'sameRegion'),
    account('south-editor', 'south-editor', 'agency_editor', 'otherRegion'),
    account('member-seated', 'member-seated', 'committee_member', 'own'),
    account('member-unseated', 'member-unseated', 'committee_member', 'sameRegion'),
    account('south-member', 'south-member', 'committee_member', 'otherRegion'),
    account('juror', 'juror', 'juror', 'own'),
    account('juror-unseated', 'juror-unseated', 'juror', 'sameRegion'),
    account('south-juror', 'south-juror', 'juror', 'otherRegion'),
    account('journalist', 'journalist', 'journalist', 'own'),
    account('journalist-unregistered', 'journalist-unregistered', 'journalist', 'sameRegion'),
    account('south-journalist', 'south-journalist', 'journalist', 'otherRegion'),
  ];
}
