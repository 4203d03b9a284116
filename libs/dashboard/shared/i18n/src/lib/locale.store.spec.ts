import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocaleStore, provideLocale } from './locale.store';

describe('LocaleStore', () => {
  /** What the browser says it prefers; none of the product's languages unless a test says so. */
  let browserLanguages: string[];

  beforeEach(() => {
    browserLanguages = ['de-DE'];
    jest.spyOn(navigator, 'languages', 'get').mockImplementation(() => browserLanguages);
    localStorage.clear();
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
    TestBed.resetTestingModule();
  });

  afterEach(() => jest.restoreAllMocks());

  it('starts in Russian, left to right', () => {
    const store = TestBed.inject(LocaleStore);
    expect(store.locale()).toBe('ru');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches the document to right to left for Persian and remembers the choice', () => {
    TestBed.inject(LocaleStore).use('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(localStorage.getItem('prgauge.locale')).toBe('fa');

    TestBed.resetTestingModule();
    const store = TestBed.inject(LocaleStore);
    expect(store.locale()).toBe('fa');
    expect(store.dir()).toBe('rtl');
  });

  it('goes back to left to right for Kazakh', () => {
    const store = TestBed.inject(LocaleStore);
    store.use('fa');
    store.use('kk');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('kk');
  });

  it('applies the saved language to the document while the app boots', async () => {
    localStorage.setItem('prgauge.locale', 'fa');
    TestBed.configureTestingModule({ providers: [provideLocale()] });
    await TestBed.inject(ApplicationInitStatus).donePromise;
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
  });

  it('keeps a choice for this visit when the browser refuses to store it', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const store = TestBed.inject(LocaleStore);
    store.use('fa');
    expect([store.locale(), document.documentElement.dir]).toEqual(['fa', 'rtl']);
    expect(localStorage.getItem('prgauge.locale')).toBeNull();
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('prgauge.locale', 'xx');
    expect(TestBed.inject(LocaleStore).locale()).toBe('ru');
  });

  it("greets a visitor in the browser's preferred language, unless one was picked here", () => {
    browserLanguages = ['de-DE', 'kk-KZ', 'ru'];
    expect(TestBed.inject(LocaleStore).locale()).toBe('kk');
    TestBed.resetTestingModule();
    localStorage.setItem('prgauge.locale', 'en');
    expect(TestBed.inject(LocaleStore).locale()).toBe('en');
  });

  it("puts a signed-in person's own language first, then the browser's, then the region's", () => {
    const store = TestBed.inject(LocaleStore);
    store.adopt('fa', 'kk');
    expect([store.locale(), document.documentElement.dir]).toEqual(['fa', 'rtl']);
    expect(store.hasBrowserChoice()).toBe(false);
    store.adopt(null, 'kk');
    expect(store.locale()).toBe('kk');
    browserLanguages = ['en-GB'];
    expect(store.hasBrowserChoice()).toBe(true);
    store.adopt(null, 'kk');
    expect(store.locale()).toBe('en');
  });
});
