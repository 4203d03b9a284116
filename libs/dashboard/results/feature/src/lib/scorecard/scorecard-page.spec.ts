import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ScorecardPage } from './scorecard-page';

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
});
