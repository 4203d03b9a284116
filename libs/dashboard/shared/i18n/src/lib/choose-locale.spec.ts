import { browserLocale, chooseLocale } from './choose-locale';

describe('browserLocale', () => {
  it('takes the first preferred language the product speaks, by its primary subtag', () => {
    expect(browserLocale(['de-DE', 'fa-IR', 'en-US'])).toBe('fa');
    expect(browserLocale(['en-US', 'ru'])).toBe('en');
    expect(browserLocale(['KK_kz'])).toBe('kk');
  });

  it('finds nothing in languages the product does not speak, nor in an empty list', () => {
    expect(browserLocale(['de', 'tr-TR', 'ar'])).toBeNull();
    expect(browserLocale([])).toBeNull();
    expect(browserLocale()).toBeNull();
  });

  it('does not read a language from a longer primary subtag that starts with one', () => {
    expect(browserLocale(['enx', 'far'])).toBeNull();
  });
});

describe('chooseLocale', () => {
  const all = { account: 'kk', chosenHere: 'en', browser: ['fa-IR'], region: 'ru' };

  it("puts the account's language first", () => {
    expect(chooseLocale(all, 'ru')).toBe('kk');
  });

  it('then a language picked in this browser', () => {
    expect(chooseLocale({ ...all, account: null }, 'ru')).toBe('en');
  });

  it("then the browser's preferred languages", () => {
    expect(chooseLocale({ ...all, account: null, chosenHere: null }, 'ru')).toBe('fa');
  });

  it("then the region's default language, when the browser names none the product speaks", () => {
    expect(chooseLocale({ account: null, browser: ['de-DE'], region: 'fa' }, 'ru')).toBe('fa');
  });

  it('then the fallback', () => {
    expect(chooseLocale({ browser: ['de-DE'] }, 'ru')).toBe('ru');
    expect(chooseLocale({}, 'en')).toBe('en');
  });

  it('skips values that are not languages of the product', () => {
    expect(chooseLocale({ account: 'de', chosenHere: '', browser: ['xx'], region: 42 }, 'kk')).toBe('kk');
  });
});
