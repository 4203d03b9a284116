import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgencyView, AuditEntryView, Page, SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { AuditPage } from './audit-page';
import { AUDIT_TEXTS } from './i18n/audit-texts';

const AGENCY_ID = '00000000-0000-4000-8000-00000000a001';

const entry: AuditEntryView = {
  id: '7',
  at: '2026-03-01T10:00:00Z',
  userId: null,
  userLogin: 'director',
  regionId: 'r',
  agencyId: AGENCY_ID,
  agencyName: { ru: 'Муниципалитет Фердоуса', en: 'Ferdows municipality' },
  cycleId: null,
  action: 'agency.update',
  entity: 'agency',
  entityId: AGENCY_ID,
  changes: [],
  reason: null,
  requestId: null,
  ip: null,
};

const agency: AgencyView = {
  id: AGENCY_ID,
  regionId: 'r',
  code: 'FER-MUN',
  name: { ru: 'Муниципалитет Фердоуса' },
  peerGroupId: null,
  attributes: {},
  active: true,
  version: 1,
};

const pageOf = <T>(items: T[]): Page<T> => ({
  items,
  total: items.length,
  totalIsLowerBound: false,
  limit: 50,
  offset: 0,
});

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('AuditPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    TestBed.inject(TranslationService).register(AUDIT_TEXTS);
  });

  it('reads no list of agencies or accounts: rows name their agency, and a kept filter reads its one record', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPage);
    fixture.componentRef.setInput('agency', AGENCY_ID);
    // The page is stable only once its reads are answered: render it, then answer them.
    fixture.detectChanges();
    await Promise.resolve();
    http
      .expectOne((r) => r.url === '/api/audit' && r.params.get('agencyId') === AGENCY_ID)
      .flush(pageOf([entry]));
    http.expectOne(`/api/agencies/${AGENCY_ID}`).flush(agency);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('td .entity')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'ведомство · Муниципалитет Фердоуса',
    );
    const [agencyField] = [...root.querySelectorAll<HTMLInputElement>('pr-search-picker input')];
    expect(agencyField.value).toBe('Муниципалитет Фердоуса');
    expect(http.match((r) => r.url === '/api/agencies' || r.url === '/api/users')).toEqual([]);
  });

  it('says why the cycles to filter by could not be read, and reads them again when asked', async () => {
    const director = {
      id: 'u1',
      login: 'director',
      role: 'director',
      regionId: 'r',
      agencyId: null,
      locale: 'ru',
    } as SessionUser;
    const http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(SessionStore).refresh();
    http.expectOne('/api/auth/me').flush(director);
    await signingIn;
    const fixture = TestBed.createComponent(AuditPage);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    http.expectOne((r) => r.url === '/api/audit').flush(pageOf([entry]));
    http
      .expectOne((r) => r.url === '/api/cycles')
      .flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    await settle();
    const root = fixture.nativeElement as HTMLElement;
    const alert = root.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('У вас нет права на это действие');

    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne((r) => r.url === '/api/cycles').flush(pageOf([]));
    await settle();
    expect(root.querySelector('pr-read-failed')).toBeNull();
  });
});
