import { provideHttpClient } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(),
        provideNoopAnimations(),
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows a visitor who has not signed in the public areas only, in the active language', async () => {
    const element = await render();
    const links = Array.from(element.querySelectorAll('mat-nav-list a [matListItemTitle]')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['Рейтинги', 'Карточки оценки', 'Тепловая карта', 'Конкурсы', 'О системе']);
    expect(element.querySelector('[role="navigation"]')?.getAttribute('aria-label')).toBe('Главное меню');
  });

  it('mirrors its layout in Persian', async () => {
    TestBed.inject(LocaleStore).use('fa');
    const element = await render();
    expect(element.querySelector('.shell')?.getAttribute('dir')).toBe('rtl');
    expect(element.querySelector('mat-nav-list a [matListItemTitle]')?.textContent?.trim()).toBe(
      'رتبه‌بندی‌ها',
    );
  });
});
