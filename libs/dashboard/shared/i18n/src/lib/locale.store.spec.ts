import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocaleStore, provideLocale } from './locale.store';

describe('LocaleStore', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
    TestBed.resetTestingModule();
  });

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

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('prgauge.locale', 'xx');
    expect(TestBed.inject(LocaleStore).locale()).toBe('ru');
  });
});
