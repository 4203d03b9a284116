import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ScorecardResponse } from '@prgauge/contracts';
import { ChartComponent } from '@prgauge/dashboard-shared-charts';
import { ScorecardPage } from './scorecard-page';

/** jsdom draws no canvas: a page's chart stands in as an empty element. */
@Component({ selector: 'pr-chart', template: '' })
class NoChart {
  readonly config = input<unknown>();
  readonly label = input('');
}

/** The only agency a cycle ranks: first, with nothing to gain against itself. */
const alone = {
  cycle: { id: 'c1', name: '2026', status: 'published' },
  publishedAt: '2026-11-30T08:00:00Z',
  timeZone: 'Europe/Moscow',
  agency: { id: 'a1', code: 'A1', name: { ru: 'Минздрав' }, peerGroup: null },
  scale: 100,
  total: 100,
  rank: 1,
  groupRank: null,
  agencyCount: 1,
  coverage: 1,
  stability: null,
  bestAgencyId: 'a1',
  indices: [],
  values: [],
  trend: [],
} as unknown as ScorecardResponse;

describe('ScorecardPage', () => {
  it('draws, and says it could not read the card, when the scorecard is refused', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    const page = TestBed.createComponent(ScorecardPage);
    page.componentRef.setInput('cycleId', 'c1');
    page.componentRef.setInput('agencyId', 'a1');
    page.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/cycles/c1/scorecards/a1')
      .flush(
        { code: 'record.not_found', params: { record: 'agency' } },
        { status: 404, statusText: 'Not Found' },
      );
    await page.whenStable();
    const element = page.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('Не удалось загрузить карточку.');
    expect(element.querySelector('.page-header')).toBeNull();
  });

  it('says there is no one to compare with when the cycle ranks this agency alone', async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    TestBed.overrideComponent(ScorecardPage, {
      remove: { imports: [ChartComponent] },
      add: { imports: [NoChart] },
    });
    const page = TestBed.createComponent(ScorecardPage);
    page.componentRef.setInput('cycleId', 'c1');
    page.componentRef.setInput('agencyId', 'a1');
    page.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/cycles/c1/scorecards/a1').flush(alone);
    await page.whenStable();
    const text = (page.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Сравнивать не с кем: в цикле оценено только это ведомство.');
    expect(text).not.toContain('на уровне лучшего');
  });
});
