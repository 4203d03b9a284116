import { TestBed } from '@angular/core/testing';
import { LocaleStore } from './locale.store';

describe('LocaleStore', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('starts in Russian, left to right', () => {
    const store = TestBed.inject(LocaleStore);
    TestBed.tick();
    expect(store.locale()).toBe('ru');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches the document to right to left for Persian and remembers the choice', () => {
    TestBed.inject(LocaleStore).use('fa');
    TestBed.tick();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(localStorage.getItem('prgauge.locale')).toBe('fa');

    TestBed.resetTestingModule();
    expect(TestBed.inject(LocaleStore).locale()).toBe('fa');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('prgauge.locale', 'xx');
    expect(TestBed.inject(LocaleStore).locale()).toBe('ru');
  });
});
