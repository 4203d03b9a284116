import type { AgencyView } from '@prgauge/contracts';
import {
  agencyFormProblems,
  agencyFormValueOf,
  createAgencyRequestOf,
  prStaffOf,
  updateAgencyRequestOf,
} from './agency-form-model';

const agency: AgencyView = {
  id: 'a1',
  regionId: 'r1',
  code: 'MED',
  name: { ru: 'Медуниверситет', fa: 'دانشگاه علوم پزشکی' },
  peerGroupId: 'g1',
  attributes: { prStaff: 4, pressOfficers: 2 },
  active: true,
  version: 5,
};

describe('the agency form', () => {
  it('asks for a code of letters and digits and a name; a national admin’s new agency also for a region', () => {
    expect(agencyFormProblems(agencyFormValueOf(null), true)).toEqual({
      code: ['org.problem.agencyCode'],
      name: ['org.problem.nameRequired'],
      regionId: ['org.problem.required'],
    });
    expect(agencyFormProblems({ ...agencyFormValueOf(agency), code: 'MED UNI' }, false)).toEqual({
      code: ['org.problem.agencyCode'],
    });
    expect(agencyFormProblems(agencyFormValueOf(agency), false)).toEqual({});
  });

  it('reads the staff figure as typed, a comma decimal too, and refuses what is no figure', () => {
    expect(prStaffOf('')).toBeNull();
    expect(prStaffOf(' 4 ')).toBe(4);
    expect(prStaffOf('2,5')).toBe(2.5);
    expect(prStaffOf('-1')).toBeNaN();
    expect(prStaffOf('four')).toBeNaN();
    expect(agencyFormProblems({ ...agencyFormValueOf(agency), prStaff: 'four' }, false)).toEqual({
      prStaff: ['org.problem.prStaff'],
    });
  });

  it('keeps the agency’s other attributes and its version on an edit, and removes a cleared staff figure', () => {
    const value = { ...agencyFormValueOf(agency), prStaff: '' };
    expect(updateAgencyRequestOf(value, agency)).toEqual({
      version: 5,
      code: 'MED',
      name: { ru: 'Медуниверситет', fa: 'دانشگاه علوم پزشکی' },
      peerGroupId: 'g1',
      attributes: { pressOfficers: 2 },
    });
  });

  it('sends no peer group as null, and the region only for a national admin', () => {
    const value = { ...agencyFormValueOf(null, 'r2'), code: 'NEW', peerGroupId: '', prStaff: '3' };
    value.name.en = 'New agency';
    expect(createAgencyRequestOf(value, false)).toEqual({
      code: 'NEW',
      name: { en: 'New agency' },
      peerGroupId: null,
      attributes: { prStaff: 3 },
    });
    expect(createAgencyRequestOf(value, true)).toMatchObject({ regionId: 'r2' });
  });
});
