import { ACCOUNT_PAGE_SIZE, accountQueryOf } from './account-filter';

const AGENCY = '7d0f3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe('the account list’s address', () => {
  it('lists everyone from the first page when it says nothing', () => {
    expect(accountQueryOf({})).toEqual({
      filter: { search: undefined, role: undefined, regionId: undefined, agencyId: undefined },
      limit: ACCOUNT_PAGE_SIZE,
      offset: 0,
    });
  });

  it('narrows by role, agency and a trimmed search', () => {
    expect(
      accountQueryOf({ role: 'agency_editor', agency: AGENCY, search: ' press ', offset: '50' }),
    ).toEqual({
      filter: { search: 'press', role: 'agency_editor', regionId: undefined, agencyId: AGENCY },
      limit: ACCOUNT_PAGE_SIZE,
      offset: 50,
    });
  });

  it('drops a role that does not exist and ids that are not ids', () => {
    expect(accountQueryOf({ role: 'owner', region: 'north', agency: 'MED' }).filter).toEqual({
      search: undefined,
      role: undefined,
      regionId: undefined,
      agencyId: undefined,
    });
  });
});
