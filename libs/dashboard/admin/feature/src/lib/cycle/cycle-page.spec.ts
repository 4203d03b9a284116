import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { CycleView } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { CyclePage } from './cycle-page';

/** An open cycle, whose deadline may still be extended for an agency. */
const open: CycleView = {
  id: 'c1',
  regionId: 'r1',
  name: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline: '2026-12-31T18:59:59.999Z',
  status: 'open',
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone: 'Asia/Almaty',
};

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('CyclePage', () => {
  it("says why the agencies' rows could not be read, rather than that no deadline was extended", async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    const completeness = jest
      .fn()
      .mockRejectedValueOnce(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))
      .mockResolvedValue([]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        { provide: CyclesApi, useValue: { get: async () => open, dataHref: () => '#' } },
        { provide: SubmissionsApi, useValue: { completeness } },
      ],
    });
    TestBed.inject(TranslationService).register(ADMIN_TEXTS);
    const fixture = TestBed.createComponent(CyclePage);
    fixture.componentRef.setInput('cycleId', 'c1');
    // The day-off note asks the HTTP backend, which leaves it unanswered: wait on the page's own reads only.
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    await settle();
    const section = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[aria-labelledby="extensions-heading"]');
    expect(section()?.querySelector('[role=alert]')?.textContent).toContain('Сервер недоступен');
    expect(section()?.textContent).not.toContain('Продлений нет');

    section()?.querySelector<HTMLButtonElement>('pr-read-failed button')?.click();
    await settle();
    await settle();
    expect(section()?.querySelector('pr-read-failed')).toBeNull();
  });
});
