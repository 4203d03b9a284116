import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input, provideZonelessChangeDetection, signal, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { ChartComponent } from '@prgauge/dashboard-shared-charts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { EventForm } from './event/event-form';
import { EventsPage } from './events/events-page';
import { TRAINING_TEXTS } from './i18n/training-texts';
import { ProgrammePage } from './programmes/programme-page';
import { RegisterStore } from './register/register.store';
import { RegisterTable } from './register/register-table';
import { ReportsPage } from './reports/reports-page';
import { TopicsPage } from './topics/topics-page';

/** A region's director, who reads every training list. */
const director = { id: 'u1', login: 'dir', role: 'director', regionId: 'r1', agencyId: null } as SessionUser;
const refused = { code: 'auth.forbidden', params: {} };
const FORBIDDEN = 'У вас нет права на это действие';

/** jsdom draws no canvas: a page's chart stands in as an empty element. */
@Component({ selector: 'pr-chart', template: '' })
class NoChart {
  readonly config = input<unknown>();
  readonly label = input('');
}

/** `component` on screen for the director, with `inputs`, its lists asked for through the HTTP testing backend. */
async function render<T>(component: Type<T>, inputs: Record<string, unknown> = {}) {
  localStorage.setItem('prgauge.locale', 'ru');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      provideRouter([]),
      provideTranslations(TRAINING_TEXTS),
      RegisterStore,
      {
        provide: SessionStore,
        useValue: { user: signal(director), signedIn: signal(true), can: () => true },
      },
    ],
  });
  TestBed.overrideComponent(component, {
    remove: { imports: [ChartComponent] },
    add: { imports: [NoChart] },
  });
  const fixture: ComponentFixture<T> = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
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
  return { http, answer, alert, retry, element };
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

  it("a programme's page says why the regions could not be read, so its rows are not left unnamed", async () => {
    const { answer, alert, retry } = await render(ProgrammePage, { programmeId: 'p1' });
    await answer('/api/training/programmes/p1', {
      id: 'p1',
      name: { ru: 'Депутаты в соцсетях' },
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      description: null,
      events: 0,
      attended: 0,
      personHours: 0,
      regions: [],
    });
    await answer('/api/regions', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/regions', []);
    expect(alert()).toBeNull();
  });

  it('the report says why the region could not be read, whose calendar gives the default year', async () => {
    const { answer, alert, retry } = await render(ReportsPage);
    await answer('/api/regions', refused, 403);
    expect(alert()?.textContent).toContain(FORBIDDEN);
    await retry();
    await answer('/api/regions', []);
    expect(alert()).toBeNull();
  });
});

describe('an empty events list', () => {
  const none = { items: [], total: 0, totalIsLowerBound: false, limit: 50, offset: 0 };

  it('says the region has no events yet when nothing filters it', async () => {
    const { answer, element } = await render(EventsPage);
    await answer('/api/training/events', none);
    expect(element.querySelector('.empty')?.textContent?.trim()).toBe('Мероприятий обучения пока нет.');
  });

  it('says no event matches when a search or filter is set', async () => {
    const { answer, element } = await render(EventsPage, { search: 'медиа' });
    await answer('/api/training/events', none);
    expect(element.querySelector('.empty')?.textContent?.trim()).toBe(
      'Нет мероприятий, подходящих под фильтры.',
    );
  });
});
