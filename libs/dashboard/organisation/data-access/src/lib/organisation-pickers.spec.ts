import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AccountView, AgencyView, Page } from '@prgauge/contracts';
import { listableRegions } from './list-filters';
import { OrganisationApi } from './organisation.api';
import { OrganisationPickers } from './organisation-pickers';

const pageOf = <T>(items: T[], total = items.length): Page<T> => ({
  items,
  total,
  totalIsLowerBound: false,
  limit: 20,
  offset: 0,
});

const agency = { id: 'a1', code: 'FER-MUN', name: { ru: 'Муниципалитет Фердоуса' } } as AgencyView;
const account = { id: 'u1', login: 'ferdowsi', displayName: 'Фердоуси' } as AccountView;

describe('the organisation pickers', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks the server for the first twenty matches of a text, within a region when one is given', async () => {
    const pickers = TestBed.inject(OrganisationPickers);
    const agencies = pickers.agencies('ферд', { regionId: 'r1' });
    http
      .expectOne(`/api/agencies?limit=20&regionId=r1&search=${encodeURIComponent('ферд')}`)
      .flush(pageOf([agency], 400));
    expect(await agencies).toEqual([{ id: 'a1', name: agency.name, detail: 'FER-MUN' }]);
    const accounts = pickers.accounts('ferd');
    http.expectOne('/api/users?limit=20&search=ferd').flush(pageOf([account]));
    expect(await accounts).toEqual([{ id: 'u1', name: 'Фердоуси', detail: 'ferdowsi' }]);
  });

  it('names a kept choice from its one record', async () => {
    const pickers = TestBed.inject(OrganisationPickers);
    const named = pickers.account('u1');
    http.expectOne('/api/users/u1').flush(account);
    expect(await named).toEqual({ id: 'u1', name: 'Фердоуси', detail: 'ferdowsi' });
  });

  it("reads one region's rows page by page, never the installation's", async () => {
    const rows = TestBed.inject(OrganisationApi).regionAccounts('r1', { role: 'juror' });
    const first = http.expectOne((r) => r.url === '/api/users' && r.params.get('offset') === '0');
    expect([first.request.params.get('regionId'), first.request.params.get('role')]).toEqual(['r1', 'juror']);
    first.flush({ ...pageOf([account], 1), limit: 200 });
    expect(await rows).toEqual([account]);
  });

  it("lists a contest's regions for a national admin, and only one's own region for anyone else", () => {
    expect(listableRegions(['north', 'south'], null)).toEqual(['north', 'south']);
    expect(listableRegions(['north', 'south'], 'south')).toEqual(['south']);
    expect(listableRegions(['north'], 'south')).toEqual([]);
  });
});
