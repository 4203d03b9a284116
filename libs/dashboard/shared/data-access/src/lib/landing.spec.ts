import { ROLES, type Role, type SessionUser } from '@prgauge/contracts';
import { landingFor } from './landing';

const user = (role: Role): SessionUser => ({
  id: 'u',
  login: 'u',
  displayName: 'U',
  role,
  regionId: 'r',
  agencyId: 'a',
  locale: 'ru',
  passwordChangeRequired: false,
});

describe('landing page per role', () => {
  it('sends each person where their work is, read from the permissions map', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, landingFor(user(role))]))).toEqual({
      admin: '/rankings',
      director: '/rankings',
      evaluator: '/review',
      agency_editor: '/submissions',
      viewer: '/rankings',
      committee_member: '/review',
      juror: '/contests/jury',
      journalist: '/contests/voting',
    });
  });

  it('starts a visitor on the published ranking', () => {
    expect(landingFor(null)).toBe('/rankings');
  });
});
