import { TestBed } from '@angular/core/testing';
import { LocaleStore } from './locale.store';
import {
  Dictionaries,
  pickedLocale,
  pickLocalized,
  translate,
  TranslationService,
} from './translation.service';

describe('translate', () => {
  it('finds the text in the asked language', () => {
    expect(translate('ru', 'nav.rankings')).toBe('Рейтинги');
    expect(translate('fa', 'nav.rankings')).toBe('رتبه‌بندی‌ها');
  });

  it('fills named parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'home.today', { date: '23 Nov 2026' })).toBe('Today is 23 Nov 2026');
    expect(translate('en', 'home.today', { day: 'Monday' })).toBe('Today is {date}');
  });

  it('writes number params in the reader digits, and text params as given', () => {
    const partial: Dictionaries = { ru: {}, kk: {}, fa: { n: '{count} از {total} ({name})' }, en: {} };
    expect(translate('fa', 'n', { count: 3, total: 12500, name: '2026' }, partial)).toBe(
      '۳ از ۱۲٬۵۰۰ (2026)',
    );
  });

  it('falls back to English when the language lacks the key, then to the key', () => {
    const partial: Dictionaries = {
      ru: { 'cycle.open': 'Цикл открыт' },
      kk: {},
      fa: {},
      en: { 'cycle.open': 'Cycle open', 'cycle.closed': 'Cycle closed: {name}' },
    };
    expect(translate('ru', 'cycle.open', undefined, partial)).toBe('Цикл открыт');
    expect(translate('kk', 'cycle.open', undefined, partial)).toBe('Cycle open');
    expect(translate('fa', 'cycle.closed', { name: '1405' }, partial)).toBe('Cycle closed: 1405');
    expect(translate('fa', 'cycle.archived', undefined, partial)).toBe('cycle.archived');
    expect(translate('kk', 'no.such.key')).toBe('no.such.key');
  });
});

describe('TranslationService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('follows the active language', () => {
    const service = TestBed.inject(TranslationService);
    expect(service.t('nav.training')).toBe('Обучение');
    TestBed.inject(LocaleStore).use('kk');
    expect(service.t('nav.training')).toBe('Оқыту');
    TestBed.inject(LocaleStore).use('fa');
    expect(service.t('home.today', { date: '۱ فروردین ۱۴۰۵' })).toBe('امروز ۱ فروردین ۱۴۰۵');
  });
});

describe('TranslationService refusal texts', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('words a refusal in the active language once its texts are loaded, in English until then', async () => {
    TestBed.inject(LocaleStore).use('fa');
    const service = TestBed.inject(TranslationService);
    expect(service.errorText('vote.already_cast')).toBe('You have voted in this nomination; a vote is final');
    await service.loadErrorTexts('fa');
    expect(service.errorText('vote.already_cast')).toBe('در این رشته رأی داده‌اید؛ رأی قطعی است');
    expect(service.fieldProblemText('field.too_long', { max: '۲۰۰' })).toBe('حداکثر ۲۰۰ نویسه');
  });

  it("prefers an area's own wording of a code to the shared one", async () => {
    const service = TestBed.inject(TranslationService);
    await service.loadErrorTexts('ru');
    service.register({ ru: { 'error.auth.forbidden': 'Только директор' }, kk: {}, fa: {}, en: {} });
    expect(service.errorText('auth.forbidden')).toBe('Только директор');
    expect(service.errorText('auth.required')).toBe('Войдите, чтобы продолжить');
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

  it('names the language it took, so that a fallback text keeps its own direction', () => {
    expect(pickedLocale('ru', { ru: 'Положение', fa: 'آیین‌نامه' })).toBe('ru');
    expect(pickedLocale('kk', { en: 'Rules', kk: 'Ереже' })).toBe('kk');
    expect(pickedLocale('ru', { fa: 'آیین‌نامه', kk: '' })).toBe('fa');
    expect(pickedLocale('fa', { kk: 'Ереже', en: 'Rules' })).toBe('en');
    expect(pickedLocale('fa', { fa: '' })).toBeNull();
    expect(pickedLocale('fa', null)).toBeNull();
  });
});
