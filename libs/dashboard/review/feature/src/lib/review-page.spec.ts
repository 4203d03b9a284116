import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser, SubmissionView } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { ReviewPage } from './review-page';

/** A committee member, whose approve and return turn on the committees they sit on. */
const member = {
  id: 'u7',
  login: 'member',
  role: 'committee_member',
  regionId: 'r1',
  agencyId: null,
} as SessionUser;

/** A submission with the reviewers, as the API sends one. */
const submitted: SubmissionView = {
  id: 's1',
  cycleId: 'c1',
  agencyId: 'a1',
  agency: { code: 'A1', name: { ru: 'Минздрав' }, attributes: {} },
  status: 'submitted',
  version: 3,
  deadline: '2026-12-20T20:59:59Z',
  extensionUntil: null,
  timeZone: 'Europe/Moscow',
  editable: false,
  submittedAt: '2026-12-01T09:00:00Z',
  approvedAt: null,
  indices: [],
  leaves: [],
  values: [],
  evidence: [],
  comments: [],
};

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('ReviewPage', () => {
  it("says why a committee member's seats could not be read, instead of silently offering no decision", async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(member), can: () => false } },
      ],
    });
    const page = TestBed.createComponent(ReviewPage);
    page.componentRef.setInput('submissionId', 's1');
    // Each step lets the reads answer and draws what they brought.
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      page.detectChanges();
    };
    await settle();
    const http = TestBed.inject(HttpTestingController);
    for (const request of http.match((r) => r.url === '/api/submissions/s1')) request.flush(submitted);
    for (const request of http.match((r) => r.url === '/api/committees')) {
      request.flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    }
    await settle();
    const alert = (page.nativeElement as HTMLElement).querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('У вас нет права на это действие');
  });
});
