import { pickLocalized, translate } from './translation.service';

describe('translate', () => {
  it('finds the text in the asked language', () => {
    expect(translate('ru', 'nav.rankings')).toBe('Рейтинги');
    expect(translate('fa', 'nav.rankings')).toBe('رتبه‌بندی‌ها');
  });

  it('fills named parameters', () => {
    expect(translate('en', 'home.today', { date: '23 Nov 2026' })).toBe('Today is 23 Nov 2026');
  });

  it('falls back to the key when no language has it', () => {
    expect(translate('kk', 'no.such.key')).toBe('no.such.key');
  });
});

describe('pickLocalized', () => {
  it('takes the active language, then English, then any language', () => {
    expect(pickLocalized('fa', { ru: 'Минздрав', fa: 'وزارت بهداشت' })).toBe('وزارت بهداشت');
    expect(pickLocalized('kk', { ru: 'Минздрав', en: 'Health ministry' })).toBe('Health ministry');
    expect(pickLocalized('en', { fa: 'وزارت بهداشت' })).toBe('وزارت بهداشت');
    expect(pickLocalized('en', 'plain')).toBe('plain');
    expect(pickLocalized('en', null)).toBe('');
  });
});
