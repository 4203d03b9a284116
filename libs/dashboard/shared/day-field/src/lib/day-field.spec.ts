import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { LocaleStore, type Locale } from '@prgauge/dashboard-shared-i18n';
import { CalendarDayAdapter, dateOfIso } from './calendar-day-adapter';
import { DayField } from './day-field';

@Component({
  imports: [DayField],
  template: `<pr-day-field label="Срок" [value]="day()" (changed)="day.set($event); given.push($event)" />`,
})
class Host {
  readonly day = signal('');
  readonly given: string[] = [];
}

async function render(locale: Locale, day = '') {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideNoopAnimations()],
  });
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.day.set(day);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector('input') as HTMLInputElement;
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const hint = () => element.querySelector('mat-hint')?.textContent?.trim();
  return { host: fixture.componentInstance, input, type, hint, fixture };
}

describe('DayField', () => {
  it('takes a Solar Hijri day typed in Persian and gives the API its Gregorian day', async () => {
    const { host, type, hint, input } = await render('fa');
    await type('۱۴۰۵/۰۹/۰۹');
    expect(host.given).toEqual(['2026-11-30']);
    expect(hint()).toContain('آذر');
    expect(input.value).toBe('۱۴۰۵/۰۹/۰۹');
  });

  it('shows a day from the API in the reader calendar: Solar Hijri in Persian, day first in Russian', async () => {
    expect((await render('fa', '2026-03-21')).input.value).toBe('۱۴۰۵/۰۱/۰۱');
    TestBed.resetTestingModule();
    expect((await render('ru', '2026-03-21')).input.value).toBe('21.03.2026');
  });

  it('keeps what is typed while it is not a day, says how to type one, and gives no day', async () => {
    const { host, type, hint, input } = await render('ru', '2026-11-30');
    await type('31.02.2026');
    expect(input.value).toBe('31.02.2026');
    expect(host.given).toEqual(['']);
    expect(hint()).toMatch(/^Не дата. Пример: \d\d\.\d\d\.\d{4}$/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('CalendarDayAdapter', () => {
  function adapter(locale: Locale): DateAdapter<Date> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: DateAdapter, useClass: CalendarDayAdapter }],
    });
    TestBed.inject(LocaleStore).use(locale);
    return TestBed.inject(DateAdapter);
  }

  it('counts a Persian calendar page in Solar Hijri months, from Saturday', () => {
    const days = adapter('fa');
    const day = dateOfIso('2026-11-30');
    expect([days.getYear(day), days.getMonth(day), days.getDate(day)]).toEqual([1405, 8, 9]);
    expect(days.getNumDaysInMonth(day)).toBe(30);
    expect(days.getFirstDayOfWeek()).toBe(6);
    expect(days.getMonthNames('long')[8]).toBe('آذر');
    expect(days.toIso8601(days.createDate(1405, 0, 1))).toBe('2026-03-21');
  });

  it('moves by months to the last day of a shorter month', () => {
    const fa = adapter('fa');
    // 31 Shahrivar 1405 → Mehr has 30 days.
    expect(fa.toIso8601(fa.addCalendarMonths(fa.createDate(1405, 5, 31), 1))).toBe(
      fa.toIso8601(fa.createDate(1405, 6, 30)),
    );
    TestBed.resetTestingModule();
    const ru = adapter('ru');
    expect(ru.toIso8601(ru.addCalendarMonths(dateOfIso('2027-01-31'), 1))).toBe('2027-02-28');
    expect(ru.toIso8601(ru.addCalendarYears(dateOfIso('2028-02-29'), 1))).toBe('2029-02-28');
  });
});
