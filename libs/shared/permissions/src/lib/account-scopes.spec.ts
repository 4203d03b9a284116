import { ROLES } from '@prgauge/contracts';
import { accountScopeOf, rolesGivenBy } from './account-scopes';

describe('where accounts work', () => {
  it('puts national admins nowhere in particular, editors in an agency, committee members on a committee', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, accountScopeOf(role)]))).toEqual({
      admin: 'national',
      director: 'region',
      evaluator: 'region',
      agency_editor: 'agency',
      viewer: 'region',
      committee_member: 'committee',
      juror: 'region',
      journalist: 'region',
    });
  });

  it('lets a national admin give every role, and a director every role but national admin', () => {
    expect(rolesGivenBy('admin')).toEqual(ROLES);
    expect(rolesGivenBy('director')).toEqual(ROLES.filter((role) => role !== 'admin'));
    expect(rolesGivenBy(undefined)).toEqual([]);
    expect(rolesGivenBy('viewer')).toEqual([]);
    expect(rolesGivenBy('agency_editor')).toEqual([]);
  });
});
