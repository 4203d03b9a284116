import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { MySubmission } from './my-submission';

describe('MySubmission', () => {
  it("draws, and says why, when the editor's cycles are refused", async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal({ id: 'u1', agencyId: 'a1' }).asReadonly() } },
      ],
    });
    const page = TestBed.createComponent(MySubmission);
    page.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === '/api/cycles')
      .flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    await page.whenStable();
    const alert = (page.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(alert?.textContent?.trim()).toBe('У вас нет права на это действие');
  });
});
