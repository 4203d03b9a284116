import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { AccountForm } from './accounts/account-form';
import { AccountsPage } from './accounts/accounts-page';
import { AgenciesPage } from './agencies/agencies-page';

/** A national admin, who is offered every region. */
const admin = { id: 'u1', login: 'admin', role: 'admin', regionId: null, agencyId: null } as SessionUser;
const refused = { code: 'auth.forbidden', params: {} };
const FORBIDDEN = 'У вас нет права на это действие';
const emptyPage = { items: [], total: 0, totalIsLowerBound: false, limit: 200, offset: 0 };

/** `component` on screen for the admin in Russian, after `prepare`, its reads answered through HTTP testing. */
async function render<T>(
  component: Type<T>,
  prepare: (fixture: ComponentFixture<T>) => void = () => undefined,
) {
  localStorage.setItem('prgauge.locale', 'ru');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      provideRouter([]),
      { provide: SessionStore, useValue: { user: signal(admin), signedIn: signal(true), can: () => true } },
    ],
  });
  const fixture = TestBed.createComponent(component);
  prepare(fixture);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const answer = async (url: string, body: unknown, status = 200) => {
    for (const request of http.match((r) => r.url === url)) {
      request.flush(body, { status, statusText: status === 200 ? 'OK' : 'Refused' });
    }
    await settle();
  };
  const alert = () => element.querySelector('pr-read-failed [role=alert]');
  const retry = async () => {
    alert()?.querySelector('button')?.click();
    await settle();
  };
  return { answer, alert, retry };
}

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('organisation lists that could not be read', () => {
  beforeEach(() => localStorage.clear());

  it('the accounts page says why its regions and committees could not be read, and reads them again', async () => {
    const { answer, alert, retry } = await render(AccountsPage);
    await answer('/api/users', emptyPage);
    await answer('/api/committees', []);
    await answer('/api/regions', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/regions', []);
    await answer('/api/committees', []);
    expect(alert()).toBeNull();
  });

  it('the agencies page says why its regions could not be read, and reads them again', async () => {
    const { answer, alert, retry } = await render(AgenciesPage);
    await answer('/api/agencies', emptyPage);
    await answer('/api/regions', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/regions', []);
    expect(alert()).toBeNull();
  });

  it("an agency editor's new account says why the region's agencies could not be read", async () => {
    const { answer, alert, retry } = await render(AccountForm, (fixture) => {
      fixture.componentRef.setInput('managerRole', 'director');
      fixture.componentRef.setInput('ownRegionId', 'r1');
      (fixture.componentInstance as unknown as { patch(change: object): void }).patch({
        role: 'agency_editor',
      });
    });
    await answer('/api/agencies', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/agencies', emptyPage);
    expect(alert()).toBeNull();
  });
});
