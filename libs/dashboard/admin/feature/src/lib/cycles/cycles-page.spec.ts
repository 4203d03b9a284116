import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CycleView, RegionView, SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { CyclesPage } from './cycles-page';

/** The cycles page in English with the given inputs, for `user` when one is named (else nobody signed in). */
function cyclesPage(inputs: { offset?: string; region?: string }, user?: SessionUser) {
  localStorage.setItem('prgauge.locale', 'en');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      ...(user ? [{ provide: SessionStore, useValue: { user: signal(user) } }] : []),
    ],
  });
  TestBed.inject(TranslationService).register(ADMIN_TEXTS);
  const fixture = TestBed.createComponent(CyclesPage);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  return fixture;
}

/** The cycles page at `offset`, in English, once the API answered with an empty page of `total` cycles. */
async function emptyPageOf(total: number, offset: number) {
  const fixture = cyclesPage({ offset: String(offset) });
  fixture.detectChanges();
  // The page stays unstable until its list arrives, so the request is answered before waiting on it.
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.inject(HttpTestingController)
    .expectOne((r) => r.url === '/api/cycles')
    .flush({ items: [], total, totalIsLowerBound: false, limit: 50, offset });
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
}

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('CyclesPage', () => {
  beforeEach(() => localStorage.clear());

  it('says the region has no cycles only when it has none', async () => {
    expect(await emptyPageOf(0, 0)).toContain('The region has no cycles yet.');
  });

  it('does not call a region empty when an address asks for a page past its last cycle', async () => {
    expect(await emptyPageOf(64, 500)).not.toContain('The region has no cycles yet.');
  });

  it("names each cycle's region for a national admin, and asks for the one region they picked", async () => {
    const admin = { id: 'u', login: 'admin', role: 'admin', regionId: null, agencyId: null } as SessionUser;
    const fixture = cyclesPage({ region: 'tomsk' }, admin);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/regions').flush([
      { id: 'yazd', name: { en: 'Yazd' } },
      { id: 'tomsk', name: { en: 'Tomsk oblast' } },
    ] as RegionView[]);
    const cycle = {
      id: 'c1',
      regionId: 'tomsk',
      name: 'Cycle 1962',
      periodStart: '1962-01-01',
      periodEnd: '1962-12-31',
      deadline: '1963-01-31T00:00:00Z',
      status: 'archived',
      publishedAt: null,
      importedHistory: true,
      version: 1,
      timeZone: 'Asia/Tomsk',
    } as CycleView;
    http
      .expectOne((r) => r.url === '/api/cycles' && r.params.get('regionId') === 'tomsk')
      .flush({ items: [cycle], total: 1, totalIsLowerBound: false, limit: 50, offset: 0 });
    await new Promise((resolve) => setTimeout(resolve));
    // Each row then asks for its submission counts, which this test leaves unanswered.
    fixture.detectChanges();
    const row = (fixture.nativeElement as HTMLElement).querySelector('tbody tr');
    expect(row?.textContent).toContain('Tomsk oblast');
    expect((fixture.nativeElement as HTMLElement).querySelector('thead')?.textContent).toContain('Region');
  });
});
