import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { Pager, type PageWindowOf } from './pager';

describe('Pager', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });

  async function render(page: PageWindowOf) {
    const fixture = TestBed.createComponent(Pager);
    fixture.componentRef.setInput('page', page);
    const moved: number[] = [];
    fixture.componentInstance.moved.subscribe((offset) => moved.push(offset));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (label: string) =>
      element.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`) as HTMLButtonElement;
    return { element, moved, previous: button('Предыдущая страница'), next: button('Следующая страница') };
  }

  it('shows the rows on screen and the total, and asks for the next page', async () => {
    const { element, moved, previous, next } = await render({
      total: 230,
      totalIsLowerBound: false,
      limit: 50,
      offset: 50,
      shown: 50,
    });
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('51–100 из 230');
    previous.click();
    next.click();
    expect(moved).toEqual([0, 100]);
  });

  it('offers no next page on the last one and no previous on the first', async () => {
    const last = await render({ total: 230, totalIsLowerBound: false, limit: 50, offset: 200, shown: 30 });
    expect(last.element.querySelector('[role="status"]')?.textContent?.trim()).toBe('201–230 из 230');
    expect([last.previous.disabled, last.next.disabled]).toEqual([false, true]);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const first = await render({ total: 60, totalIsLowerBound: false, limit: 50, offset: 0, shown: 50 });
    expect([first.previous.disabled, first.next.disabled]).toEqual([true, false]);
  });

  it('shows no buttons when one page holds everything, and nothing for an empty list', async () => {
    const one = await render({ total: 3, totalIsLowerBound: false, limit: 50, offset: 0, shown: 3 });
    expect(one.element.querySelectorAll('button')).toHaveLength(0);
    expect(one.element.textContent?.trim()).toBe('1–3 из 3');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const none = await render({ total: 0, totalIsLowerBound: false, limit: 50, offset: 0, shown: 0 });
    expect(none.element.textContent?.trim()).toBe('');
  });

  it('offers the way back from past the end without naming a range', async () => {
    const past = await render({ total: 10, totalIsLowerBound: false, limit: 50, offset: 50, shown: 0 });
    expect(past.element.querySelector('[role="status"]')).toBeNull();
    expect([past.previous.disabled, past.next.disabled]).toEqual([false, true]);
  });

  it('goes back from far past the end to the last page that has rows', async () => {
    const far = await render({ total: 1105, totalIsLowerBound: false, limit: 50, offset: 99999, shown: 0 });
    far.previous.click();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const exact = await render({ total: 100, totalIsLowerBound: false, limit: 50, offset: 150, shown: 0 });
    exact.previous.click();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const empty = await render({ total: 0, totalIsLowerBound: false, limit: 50, offset: 7, shown: 0 });
    empty.previous.click();
    expect([...far.moved, ...exact.moved, ...empty.moved]).toEqual([1100, 50, 0]);
  });

  it('writes the numbers in the reader’s digits', async () => {
    TestBed.inject(LocaleStore).use('fa');
    const { element } = await render({
      total: 230,
      totalIsLowerBound: false,
      limit: 50,
      offset: 50,
      shown: 50,
    });
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('۵۱–۱۰۰ از ۲۳۰');
  });

  it('names a total the API counted only so far as a lower bound, and offers the next page', async () => {
    const page = { total: 1000, totalIsLowerBound: true, limit: 50, offset: 0, shown: 50 };
    const ru = await render(page);
    // Russian groups thousands with a no-break space.
    expect(ru.element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      '1–50 из более чем 1\u00a0000',
    );
    expect([ru.previous.disabled, ru.next.disabled]).toEqual([true, false]);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    TestBed.inject(LocaleStore).use('fa');
    const fa = await render(page);
    expect(fa.element.querySelector('[role="status"]')?.textContent?.trim()).toBe('۱–۵۰ از بیش از ۱٬۰۰۰');
  });
});
