import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CycleView } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  type Locale,
  LocaleStore,
  READER_TIME_ZONE,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { SUBMISSION_TEXTS } from '../i18n/submission-texts';
import { SubmissionCycle } from './submission-cycle';

/** A cycle whose deadline was given as the day 31 December 2026: its last moment in `timeZone`. */
const cycle = (timeZone: string, deadline: string): CycleView => ({
  id: 'cycle-1',
  regionId: 'region-1',
  name: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline,
  status: 'open',
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone,
});

async function header(shown: CycleView, locale: Locale, readerZone: string): Promise<string> {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(),
      { provide: READER_TIME_ZONE, useValue: readerZone },
      { provide: CyclesApi, useValue: { get: async () => shown, list: async () => [shown] } },
      { provide: SubmissionsApi, useValue: {} },
    ],
  });
  TestBed.inject(TranslationService).register(SUBMISSION_TEXTS);
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(SubmissionCycle);
  fixture.componentRef.setInput('cycleId', shown.id);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return element.querySelector('[data-testid="submission-cycle"]')?.textContent?.trim() ?? '';
}

describe("SubmissionCycle: the cycle's deadline as a time on its region's clocks", () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('reads 23:59 of the deadline day in Tehran, in Persian', async () => {
    const text = await header(cycle('Asia/Tehran', '2026-12-31T20:29:59.999Z'), 'fa', 'Asia/Tehran');
    expect(text).toBe('دوره «۲۰۲۶»، مهلت ۱۰ دی ۱۴۰۵ ساعت ۲۳:۵۹');
  });

  it('reads 23:59 of the deadline day in Almaty, in Kazakh, with the month named', async () => {
    const text = await header(cycle('Asia/Almaty', '2026-12-31T18:59:59.999Z'), 'kk', 'Asia/Almaty');
    expect(text).toBe('«2026» кезеңі, мерзімі 2026 ж. 31 желтоқсан, 23:59');
  });

  it("names Moscow's zone to a reader in Almaty", async () => {
    const text = await header(cycle('Europe/Moscow', '2026-12-31T20:59:59.999Z'), 'ru', 'Asia/Almaty');
    expect(text).toBe('Цикл «2026», срок 31 декабря 2026 г. в 23:59 Москва');
  });

  it('says why the cycle could not be read, rather than leaving it unnamed, and reads it again', async () => {
    const shown = cycle('Asia/Almaty', '2026-12-31T18:59:59.999Z');
    const get = jest
      .fn()
      .mockRejectedValueOnce(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))
      .mockResolvedValue(shown);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(),
        { provide: CyclesApi, useValue: { get, list: async () => [shown] } },
        { provide: SubmissionsApi, useValue: {} },
      ],
    });
    TestBed.inject(TranslationService).register(SUBMISSION_TEXTS);
    TestBed.inject(LocaleStore).use('ru');
    const fixture = TestBed.createComponent(SubmissionCycle);
    fixture.componentRef.setInput('cycleId', shown.id);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервер недоступен');

    alert?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(element.querySelector('pr-read-failed')).toBeNull();
    expect(element.querySelector('[data-testid="submission-cycle"]')?.textContent).toContain('«2026»');
  });
});
