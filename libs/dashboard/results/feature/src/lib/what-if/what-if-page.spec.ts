import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CycleView } from '@prgauge/contracts';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { ChartComponent } from '@prgauge/dashboard-shared-charts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import type { ScoringInput } from '@prgauge/scoring';
import { WhatIfPage } from './what-if-page';

const published = { id: 'c1', name: '2025', status: 'published' } as CycleView;
const document: ScoringInput = {
  framework: {
    indicators: [
      { key: 'media', weight: 1, children: [{ key: 'media.m', weight: 1, measure: { type: 'percent' } }] },
    ],
  },
  agencies: [{ id: 'a' }],
  values: [{ agency: 'a', indicator: 'media.m', value: 90 }],
};
/** jsdom draws no canvas: the page's chart stands in as an empty element. */
@Component({ selector: 'pr-chart', template: '' })
class NoChart {
  readonly config = input<unknown>();
  readonly label = input('');
}

const unreachable = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('WhatIfPage', () => {
  it('says why the draft cycles could not be read, rather than that there is none', async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    // The published cycles answer; the second read, of the drafts, fails once.
    const cycles = jest
      .fn()
      .mockResolvedValueOnce([published])
      .mockRejectedValueOnce(unreachable)
      .mockResolvedValue([{ ...published, id: 'c2', name: '2026', status: 'draft' }]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: SessionStore, useValue: { user: signal(null), can: () => true } },
        {
          provide: ResultsApi,
          useValue: { cycles, scoringDocument: async () => document, ranking: async () => ({ rows: [] }) },
        },
      ],
    });
    TestBed.overrideComponent(WhatIfPage, {
      remove: { imports: [ChartComponent] },
      add: { imports: [NoChart] },
    });
    const fixture = TestBed.createComponent(WhatIfPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const propose = () => element.querySelector('.propose');
    expect(propose()?.querySelector('[role=alert]')?.textContent).toContain('Сервер недоступен');
    expect(propose()?.textContent).not.toContain('Создайте черновик цикла');

    propose()?.querySelector<HTMLButtonElement>('pr-read-failed button')?.click();
    await fixture.whenStable();
    expect(cycles).toHaveBeenCalledTimes(3);
    expect(propose()?.querySelector('pr-read-failed')).toBeNull();
  });
});
