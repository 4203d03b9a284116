import { provideHttpClient } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { CycleView, Page, ReviewQueueItem } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { type Locale, LocaleStore, READER_TIME_ZONE } from '@prgauge/dashboard-shared-i18n';
import { ReviewQueuePage } from './review-queue-page';

const cycle = (timeZone: string): CycleView => ({
  id: 'cycle-1',
  regionId: 'region-1',
  name: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline: '2026-12-31T20:29:59.999Z',
  status: 'open',
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone,
});

const item = (over: Partial<ReviewQueueItem>): ReviewQueueItem => ({
  submissionId: 'sub-1',
  agencyId: 'agency-1',
  agencyCode: 'A',
  agencyName: { ru: 'Агентство' },
  status: 'submitted',
  deadline: '2026-12-31T20:29:59.999Z',
  extensionUntil: null,
  timeZone: 'Asia/Tehran',
  submittedAt: null,
  flags: 0,
  changedSinceReview: 0,
  version: 1,
  ...over,
});

/** The review queue of one cycle holding `row`, read in `locale` by someone whose browser is in `readerZone`. */
async function renderQueue(row: ReviewQueueItem, locale: Locale, readerZone: string): Promise<HTMLElement> {
  const page: Page<ReviewQueueItem> = {
    items: [row],
    total: 1,
    totalIsLowerBound: false,
    limit: 50,
    offset: 0,
  };
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(),
      provideNoopAnimations(),
      { provide: READER_TIME_ZONE, useValue: readerZone },
      { provide: CyclesApi, useValue: { list: async () => [cycle(row.timeZone)] } },
      { provide: SubmissionsApi, useValue: { reviewQueue: async () => page } },
    ],
  });
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(ReviewQueuePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** The deadline and submission cells of the queue's only row. */
function cells(element: HTMLElement): { deadline: string; submitted: string } {
  const tds = Array.from(element.querySelectorAll('tbody tr td')).map((td) => td.textContent?.trim() ?? '');
  return { deadline: tds[1], submitted: tds[2] };
}

describe('ReviewQueuePage: deadlines and submissions on the clocks of the cycle region', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('shows a Tehran deadline at 23:59 in Persian, and the Tehran day of a submission after midnight there', async () => {
    // Submitted at 00:30 on 21 December in Tehran, still 20 December in UTC.
    const row = item({ submittedAt: '2026-12-20T21:00:00Z' });
    const { deadline, submitted } = cells(await renderQueue(row, 'fa', 'Asia/Tehran'));
    expect(deadline).toBe('۱۰ دی ۱۴۰۵ ساعت ۲۳:۵۹');
    expect(submitted).toBe('۳۰ آذر ۱۴۰۵');
  });

  it('shows an Almaty extension at 23:59 in Kazakh, with the month named', async () => {
    const row = item({
      timeZone: 'Asia/Almaty',
      extensionUntil: '2027-01-15T18:59:59.999Z',
      submittedAt: '2026-12-20T19:30:00Z',
    });
    const { deadline, submitted } = cells(await renderQueue(row, 'kk', 'Asia/Almaty'));
    expect(deadline).toMatch(/^2027 ж\. 15 қаңтар, 23:59/);
    expect(submitted).toMatch(/^2026 ж\. 21 жел/);
  });

  it("names the region's zone to a reader whose browser is elsewhere", async () => {
    const { deadline } = cells(await renderQueue(item({}), 'en', 'America/New_York'));
    expect(deadline).toBe('31 December 2026 at 23:59 Iran Time');
  });
});
