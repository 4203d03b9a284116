import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ContestView, SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { ContestStore } from './contest.store';

const aContest = (id: string, phase: ContestView['phase']): ContestView => ({ id, phase }) as ContestView;

const journalist: SessionUser = {
  id: 'u1',
  login: 'journalist',
  displayName: 'Journalist',
  role: 'journalist',
  regionId: 'r1',
  agencyId: null,
  locale: 'ru',
  passwordChangeRequired: false,
};

describe('ContestStore', () => {
  let store: ContestStore;
  let http: HttpTestingController;

  /** Runs the effects that start the resource's request, then lets its answer land. */
  const settle = async (): Promise<void> => {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };

  const signedInAs = async (user: SessionUser | null): Promise<void> => {
    const refreshing = TestBed.inject(SessionStore).refresh();
    const me = http.expectOne('/api/auth/me');
    if (user) me.flush(user);
    else me.flush(null, { status: 401, statusText: 'Unauthorized' });
    await refreshing;
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ContestStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ContestStore);
  });

  afterEach(() => http.verify());

  it('reads nothing until the session is known', async () => {
    store.select('k1');
    await settle();
    http.expectNone((r) => r.url.includes('/contests/'));
    expect(store.contest.value()).toBeUndefined();
    await signedInAs(null);
    await settle();
    http.expectOne('/api/public/contests/k1').flush(aContest('k1', 'announced'));
  });

  it('reads an announced contest on the public route for a visitor', async () => {
    await signedInAs(null);
    store.select('k1');
    await settle();
    http.expectOne('/api/public/contests/k1').flush(aContest('k1', 'announced'));
    await settle();
    expect(store.contest.value()?.id).toBe('k1');
    expect(store.applicationsOpen()).toBe(false);
  });

  it('reads the contest on the signed-in route, and knows when applications are open', async () => {
    await signedInAs(journalist);
    store.select('k1');
    await settle();
    http.expectOne('/api/contests/k1').flush(aContest('k1', 'applications_open'));
    await settle();
    expect(store.applicationsOpen()).toBe(true);
  });

  it('keeps what is loaded for the same id, and reads again on reload or another id', async () => {
    await signedInAs(journalist);
    store.select('k1');
    await settle();
    http.expectOne('/api/contests/k1').flush(aContest('k1', 'applications_open'));
    await settle();

    store.select('k1');
    await settle();
    http.expectNone('/api/contests/k1');

    store.reload();
    await settle();
    http.expectOne('/api/contests/k1').flush(aContest('k1', 'judging'));
    await settle();
    expect(store.applicationsOpen()).toBe(false);

    store.select('k2');
    await settle();
    http.expectOne('/api/contests/k2').flush(aContest('k2', 'applications_open'));
    await settle();
    expect(store.contest.value()?.id).toBe('k2');
  });
});
