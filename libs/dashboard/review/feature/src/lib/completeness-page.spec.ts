import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CycleView } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { CompletenessPage } from './completeness-page';

/** Only what the board reads of a cycle before it asks for the cycle's rows. */
const cycle = {
  id: 'c1',
  name: '2026',
  status: 'open',
  deadline: '2026-12-31T20:29:59.999Z',
  timeZone: 'Asia/Almaty',
} as CycleView;

describe('CompletenessPage', () => {
  it('draws, and says why, when the board of its cycle is refused', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: CyclesApi, useValue: { list: async () => [cycle] } },
      ],
    });
    const page = TestBed.createComponent(CompletenessPage);
    page.componentInstance['chosenCycle'].set('c1');
    const http = TestBed.inject(HttpTestingController);
    page.detectChanges();
    // The cycles answer from a stub: let its promise settle before the board is asked for.
    await new Promise((settled) => setTimeout(settled));
    for (const request of http.match('/api/cycles/c1/completeness')) {
      request.flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    }
    await page.whenStable();
    const alert = (page.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(alert?.textContent?.trim()).toBe('У вас нет права на это действие');
    expect((page.nativeElement as HTMLElement).querySelector('table')).toBeNull();
  });
});
