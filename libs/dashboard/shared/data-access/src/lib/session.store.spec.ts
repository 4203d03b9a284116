import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RegionView, SessionUser } from '@prgauge/contracts';
import { LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { SessionStore } from './session.store';

const director: SessionUser = {
  id: 'u1',
  login: 'director',
  displayName: 'Director',
  role: 'director',
  regionId: 'r1',
  agencyId: null,
  locale: null,
  passwordChangeRequired: false,
};

const region = (id: string, defaultLocale: RegionView['defaultLocale']): RegionView =>
  ({
    id,
    code: id,
    name: { ru: id, kk: id, fa: id, en: id },
    timeZone: 'Asia/Almaty',
    defaultLocale,
  }) as RegionView;

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;
  let browserLanguages: string[];

  /** Lets the store's awaits after an answer run. */
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

  beforeEach(() => {
    browserLanguages = ['ru-RU'];
    jest.spyOn(navigator, 'languages', 'get').mockImplementation(() => browserLanguages);
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  describe('refresh', () => {
    it('is not ready until the API has answered, then knows who is signed in', async () => {
      const refreshing = store.refresh();
      expect(store.ready()).toBe(false);
      http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(director);
      await refreshing;
      expect(store.ready()).toBe(true);
      expect(store.signedIn()).toBe(true);
      expect(store.user()).toEqual(director);
    });

    it('takes a 401 as nobody signed in', async () => {
      const refreshing = store.refresh();
      http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
      await refreshing;
      expect(store.ready()).toBe(true);
      expect(store.signedIn()).toBe(false);
    });

    it('throws any other failure, and is ready all the same', async () => {
      const refreshing = store.refresh();
      http.expectOne('/api/auth/me').flush(null, { status: 500, statusText: 'Server Error' });
      await expect(refreshing).rejects.toMatchObject({ status: 500 });
      expect(store.ready()).toBe(true);
      expect(store.signedIn()).toBe(false);
    });
  });

  describe('signing in and out', () => {
    it("signs in with the login and password, in the account's language", async () => {
      const signingIn = store.signIn('director', 'secret');
      const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
      expect(request.request.body).toEqual({ login: 'director', password: 'secret' });
      request.flush({ user: { ...director, locale: 'kk' } });
      await expect(signingIn).resolves.toMatchObject({ login: 'director' });
      expect(store.signedIn()).toBe(true);
      expect(TestBed.inject(LocaleStore).locale()).toBe('kk');
    });

    it("takes the region's language when neither the account nor the browser names one", async () => {
      browserLanguages = ['de-DE'];
      const signingIn = store.signIn('director', 'secret');
      http.expectOne('/api/auth/login').flush({ user: director });
      await settle();
      http.expectOne('/api/public/regions').flush([region('r0', 'ru'), region('r1', 'fa')]);
      await signingIn;
      expect(TestBed.inject(LocaleStore).locale()).toBe('fa');
    });

    it("keeps the browser's language over the region's, without reading the regions", async () => {
      const signingIn = store.signIn('director', 'secret');
      http.expectOne('/api/auth/login').flush({ user: director });
      await signingIn;
      http.expectNone('/api/public/regions');
      expect(TestBed.inject(LocaleStore).locale()).toBe('ru');
    });

    it('signs in all the same when the regions cannot be read', async () => {
      browserLanguages = ['de-DE'];
      const signingIn = store.signIn('director', 'secret');
      http.expectOne('/api/auth/login').flush({ user: director });
      await settle();
      http.expectOne('/api/public/regions').error(new ProgressEvent('error'));
      await signingIn;
      expect(store.signedIn()).toBe(true);
      expect(TestBed.inject(LocaleStore).locale()).toBe('ru');
    });

    it('refuses a wrong password and stays signed out', async () => {
      const signingIn = store.signIn('director', 'wrong');
      http
        .expectOne('/api/auth/login')
        .flush({ code: 'auth.invalid_credentials' }, { status: 401, statusText: '' });
      await expect(signingIn).rejects.toMatchObject({ status: 401 });
      expect(store.signedIn()).toBe(false);
    });

    it('signs out, and what the person may do follows', async () => {
      const signingIn = store.signIn('director', 'secret');
      http.expectOne('/api/auth/login').flush({ user: director });
      await signingIn;
      const mayUpdate = computed(() => store.can('account.update', { regionId: 'r1' }));
      expect(mayUpdate()).toBe(true);

      const signingOut = store.signOut();
      http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush({});
      await signingOut;
      expect(store.signedIn()).toBe(false);
      expect(mayUpdate()).toBe(false);
    });
  });

  describe('the account', () => {
    const signInAs = async (user: SessionUser): Promise<void> => {
      const refreshing = store.refresh();
      http.expectOne('/api/auth/me').flush(user);
      await refreshing;
    };

    it('lifts the block of a one-time password once it is changed', async () => {
      await signInAs({ ...director, passwordChangeRequired: true });
      expect(store.passwordChangeRequired()).toBe(true);

      const changing = store.changePassword('one-time', 'a better one');
      const request = http.expectOne({ method: 'POST', url: '/api/auth/password' });
      expect(request.request.body).toEqual({ currentPassword: 'one-time', newPassword: 'a better one' });
      request.flush({});
      await settle();
      http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(director);
      await changing;
      expect(store.passwordChangeRequired()).toBe(false);
    });

    it('saves the language picked on the account', async () => {
      await signInAs(director);
      const saving = store.saveLocale('fa');
      const request = http.expectOne({ method: 'PATCH', url: '/api/auth/me' });
      expect(request.request.body).toEqual({ locale: 'fa' });
      request.flush({ ...director, locale: 'fa' });
      await saving;
      expect(store.user()?.locale).toBe('fa');
    });

    it('saves no language for a visitor, nor while a one-time password must be changed', async () => {
      await store.saveLocale('fa');
      await signInAs({ ...director, passwordChangeRequired: true });
      await store.saveLocale('fa');
      http.expectNone('/api/auth/me');
    });
  });
});
