import { PAGE_OFFSET_MAX } from '@prgauge/contracts';
import { AGENCY_PAGE_SIZE, agencyQueryOf } from './agency-filter';

const REGION = '0b5c1b8e-3f41-4c1a-9d7e-2a3b4c5d6e7f';

describe('the agency list’s address', () => {
  it('shows the active agencies from the first page when it says nothing', () => {
    expect(agencyQueryOf({})).toEqual({
      state: 'active',
      filter: { search: undefined, regionId: undefined, active: true },
      limit: AGENCY_PAGE_SIZE,
      offset: 0,
    });
  });

  it('asks for retired agencies, or all of them, and a region by id', () => {
    expect(agencyQueryOf({ state: 'retired', region: REGION }).filter).toEqual({
      search: undefined,
      regionId: REGION,
      active: false,
    });
    expect(agencyQueryOf({ state: 'all' }).filter.active).toBeUndefined();
  });

  it('trims the search and drops what a hand-edited address could break the list with', () => {
    const query = agencyQueryOf({ search: '  شهرداری ', state: 'gone', region: 'north', offset: '-5' });
    expect(query).toMatchObject({ state: 'active', offset: 0 });
    expect(query.filter).toEqual({ search: 'شهرداری', regionId: undefined, active: true });
    expect(agencyQueryOf({ search: '   ' }).filter.search).toBeUndefined();
    expect(agencyQueryOf({ offset: '99999999999' }).offset).toBe(0);
    expect(agencyQueryOf({ offset: '9999999999' }).offset).toBe(PAGE_OFFSET_MAX);
    expect(agencyQueryOf({ offset: '50' }).offset).toBe(50);
  });
});
