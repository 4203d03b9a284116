import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CycleView, SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { NewCyclePage } from './new-cycle-page';

const DIRECTOR = {
  id: 'u',
  login: 'director',
  role: 'director',
  regionId: 'kaluga',
  agencyId: null,
} as SessionUser;

const LAST_YEAR = {
  id: 'c2025',
  regionId: 'kaluga',
  name: '2025',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  deadline: '2026-01-31T20:59:59.999Z',
  status: 'published',
  publishedAt: '2026-02-10T08:00:00Z',
  importedHistory: false,
  version: 4,
  timeZone: 'Europe/Moscow',
} as CycleView;

/** The new-cycle page of a director, in English, before the region's cycles have been read. */
async function newCyclePage() {
  localStorage.setItem('prgauge.locale', 'en');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: SessionStore, useValue: { user: signal(DIRECTOR), can: () => true } },
    ],
  });
  TestBed.inject(TranslationService).register(ADMIN_TEXTS);
  const fixture = TestBed.createComponent(NewCyclePage);
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve));
  const nameInput = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[required]');
  if (!nameInput) throw new Error('the form has no name field');
  /** Answers the page's read of the region's cycles, then lets the page settle. */
  const cyclesArrive = async (items: CycleView[]) => {
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === '/api/cycles')
      .flush({ items, total: items.length, totalIsLowerBound: false, limit: 500, offset: 0 });
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { fixture, nameInput, cyclesArrive };
}

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('NewCyclePage', () => {
  beforeEach(() => localStorage.clear());

  it("suggests the next year after the region's newest cycle on a form nobody has touched", async () => {
    const { nameInput, cyclesArrive } = await newCyclePage();
    await cyclesArrive([LAST_YEAR]);
    expect(nameInput.value).toBe('2026');
  });

  it('keeps what the person typed while the cycles were still being read', async () => {
    const { fixture, nameInput, cyclesArrive } = await newCyclePage();
    nameInput.value = 'Evaluation 2026';
    nameInput.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await cyclesArrive([LAST_YEAR]);
    expect(nameInput.value).toBe('Evaluation 2026');
  });
});
