import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { CyclesPage } from './cycles-page';

/** The cycles page at `offset`, in English, once the API answered with an empty page of `total` cycles. */
async function emptyPageOf(total: number, offset: number) {
  localStorage.setItem('prgauge.locale', 'en');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
    ],
  });
  TestBed.inject(TranslationService).register(ADMIN_TEXTS);
  const fixture = TestBed.createComponent(CyclesPage);
  fixture.componentRef.setInput('offset', String(offset));
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
});
