import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { EventForm } from './event/event-form';
import { RegisterStore } from './register/register.store';
import { RegisterTable } from './register/register-table';
import { TopicsPage } from './topics/topics-page';

/** A region's director, who reads every training list. */
const director = { id: 'u1', login: 'dir', role: 'director', regionId: 'r1', agencyId: null } as SessionUser;
const refused = { code: 'auth.forbidden', params: {} };
const FORBIDDEN = 'У вас нет права на это действие';

/** `component` on screen for the director, its lists asked for through the HTTP testing backend. */
async function render<T>(component: Type<T>) {
  localStorage.setItem('prgauge.locale', 'ru');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      provideRouter([]),
      RegisterStore,
      {
        provide: SessionStore,
        useValue: { user: signal(director), signedIn: signal(true), can: () => true },
      },
    ],
  });
  const fixture: ComponentFixture<T> = TestBed.createComponent(component);
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
  return { http, answer, alert, retry };
}

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('training lists that could not be read', () => {
  beforeEach(() => localStorage.clear());

  it('an event form says why its topics could not be read, and reads only those again', async () => {
    const { http, answer, alert, retry } = await render(EventForm);
    await answer('/api/committees', []);
    await answer('/api/training/programmes', []);
    await answer('/api/training/topics', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    expect(http.match((r) => r.url === '/api/committees')).toEqual([]);
    await answer('/api/training/topics', [{ id: 't1', code: 'T1', name: { ru: 'Протокол' }, active: true }]);
    expect(alert()).toBeNull();
  });

  it('the topics page says why the topics could not be read instead of an empty table', async () => {
    const { answer, alert, retry } = await render(TopicsPage);
    await answer('/api/committees', []);
    await answer('/api/training/topics', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/training/topics', []);
    expect(alert()).toBeNull();
  });

  it('a register says why the agencies could not be read, so no participant reads as an outsider', async () => {
    const { answer, alert, retry } = await render(RegisterTable);
    await answer('/api/agencies', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/agencies', { items: [], total: 0, totalIsLowerBound: false, limit: 200, offset: 0 });
    expect(alert()).toBeNull();
  });
});
