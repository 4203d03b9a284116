import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { DayOffNote } from './day-off-note';

describe('DayOffNote', () => {
  it('says that a picked day could not be checked when the region’s week cannot be read, and reads it again when asked', async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(TranslationService).register(ADMIN_TEXTS);
    const fixture = TestBed.createComponent(DayOffNote);
    fixture.componentRef.setInput('regionId', 'r1');
    fixture.componentRef.setInput('day', '2027-03-08');
    const http = TestBed.inject(HttpTestingController);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    http
      .expectOne('/api/regions/r1/working-week')
      .flush({ code: 'service.unavailable', params: {} }, { status: 503, statusText: 'Unavailable' });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Не удалось проверить, выходной ли это день: Сервис недоступен');

    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne('/api/regions/r1/working-week').flush({ regionId: 'r1', daysOff: [6, 7], holidays: [] });
    await settle();
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
