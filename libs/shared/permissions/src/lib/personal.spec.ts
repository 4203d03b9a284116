import { ROLES, type Role, type SessionUser } from '@prgauge/contracts';
import { can } from './decide';
import { canPersonally, namesRole } from './personal';

const person = (role: Role): SessionUser => ({
  id: `${role}-id`,
  login: role,
  displayName: role,
  role,
  regionId: null,
  agencyId: null,
  locale: 'en',
  passwordChangeRequired: false,
});

describe('work done in one’s own name', () => {
  it('names the juror on judging and the journalist on voting, and no admin', () => {
    expect(ROLES.filter((role) => namesRole(role, 'contest.judge'))).toEqual(['juror']);
    expect(ROLES.filter((role) => namesRole(role, 'contest.vote'))).toEqual(['journalist']);
    expect(ROLES.filter((role) => namesRole(role, 'submission.read_own'))).toEqual(['agency_editor']);
  });

  it('keeps a national admin, who passes the role check, from work held in someone’s own name', () => {
    const admin = person('admin');
    expect(can(admin, 'contest.judge')).toBe(true);
    expect(canPersonally(admin, 'contest.judge')).toBe(false);
    expect(canPersonally(person('juror'), 'contest.judge')).toBe(true);
  });

  it('still applies the record’s scope, and refuses nobody signed in', () => {
    expect(canPersonally(person('juror'), 'contest.judge', { jurorSeat: false })).toBe(false);
    expect(canPersonally(null, 'contest.judge')).toBe(false);
    expect(canPersonally(person('admin'), 'training.programme.manage')).toBe(true);
  });
});
