import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ContestView } from '@prgauge/contracts';
import { SeriesHistory } from './series-history';

const contest = { id: 'k1', series: 'Golden Pen', year: 2026 } as ContestView;

describe('SeriesHistory', () => {
  it('draws, and says why, when the earlier years of the series are refused', async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    const section = TestBed.createComponent(SeriesHistory);
    section.componentRef.setInput('contest', contest);
    section.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/contests/k1/series-history')
      .flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    await section.whenStable();
    const element = section.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'У вас нет права на это действие',
    );
    expect(element.querySelector('table')).toBeNull();
  });
});
