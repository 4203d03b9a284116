import { TestBed } from '@angular/core/testing';
import { ERROR_MESSAGES } from '@prgauge/contracts';
import { LocaleStore } from '../locale.store';
import { TranslationService } from '../translation.service';
import { READER_TIME_ZONE } from '../zoned-format.pipes';
import { lastField, Refusal, RefusalText } from './refusal-text';

const refusal = (change: Partial<Refusal> = {}): Refusal => ({
  status: 400,
  code: 'request.invalid',
  params: {},
  details: [],
  ...change,
});

describe('RefusalText', () => {
  let texts: RefusalText;
  let locales: LocaleStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: READER_TIME_ZONE, useValue: 'UTC' }] });
    texts = TestBed.inject(RefusalText);
    locales = TestBed.inject(LocaleStore);
    locales.use('en');
  });

  it('words a refusal from its code, filling the placeholders from its params', () => {
    expect(
      texts.summary(refusal({ status: 429, code: 'request.too_many', params: { retryAfter: 30 } })),
    ).toBe('Too many requests from this address; try again in 30 seconds');
    expect(texts.summary(refusal({ status: 409, code: 'vote.already_cast' }))).toBe(
      ERROR_MESSAGES['vote.already_cast'],
    );
  });

  it('leaves a placeholder whose param is missing visible rather than blank', () => {
    expect(texts.summary(refusal({ status: 400, code: 'document.invalid' }))).toBe(
      'The document is invalid: {reason}',
    );
  });

  it('prefers the active language over the catalogue English', () => {
    TestBed.inject(TranslationService).register({
      ru: { 'error.auth.forbidden': 'Вам это недоступно' },
      kk: {},
      fa: {},
      en: {},
    });
    const forbidden = refusal({ status: 403, code: 'auth.forbidden' });
    expect(texts.summary(forbidden)).toBe('You may not do this');
    locales.use('ru');
    expect(texts.summary(forbidden)).toBe('Вам это недоступно');
    locales.use('kk');
    expect(texts.summary(forbidden)).toBe('You may not do this');
  });

  it('shows dates in the active locale’s calendar, and numbers in its digits', () => {
    const closed = refusal({
      status: 409,
      code: 'vote.closed',
      params: { opensAt: '2026-03-21T00:00:00.000Z', closesAt: '2026-04-01T18:00:00.000Z', phase: 'judging' },
    });
    expect(texts.summary(closed)).toBe(
      'Votes are accepted only during voting (21 Mar 2026 – 1 Apr 2026); the contest is in phase judging',
    );
    locales.use('fa');
    // Solar Hijri: 21 March 2026 is 1 Farvardin 1405, in Persian digits.
    expect(texts.summary(closed)).toContain('۱ فروردین ۱۴۰۵');
    // A size reads in megabytes, in the locale's digits, not as ten million bytes.
    expect(
      texts.summary(refusal({ status: 413, code: 'upload.too_large', params: { maxBytes: 10485760 } })),
    ).toContain('۱۰ MB');
  });

  it('leaves text that only looks like a date param alone, and keeps a limit’s decimals', () => {
    expect(
      texts.summary(refusal({ status: 400, code: 'document.invalid', params: { reason: '2026-01-01' } })),
    ).toBe('The document is invalid: 2026-01-01');
    TestBed.inject(TranslationService).register({
      ru: {},
      kk: {},
      fa: {},
      en: { 'field-problem.field.too_small': 'At least {min}' },
    });
    expect(texts.field({ field: 'weight', code: 'field.too_small', params: { min: 0.25 } })).toBe(
      'At least 0.25',
    );
  });

  it('words a param value through the dictionary when a key exists for it', () => {
    TestBed.inject(TranslationService).register({
      ru: {},
      kk: {},
      fa: {},
      en: { 'error-param.reason.too_deep': 'it nests too deeply' },
    });
    expect(
      texts.summary(refusal({ status: 400, code: 'document.invalid', params: { reason: 'too_deep' } })),
    ).toBe('The document is invalid: it nests too deeply');
  });

  it('words each field problem from its code, with the form’s label or else the path', () => {
    const invalid = refusal({
      details: [
        { field: 'title', code: 'field.too_long', params: { max: 200 } },
        { field: 'trainers[0].name', code: 'field.required' },
      ],
    });
    const labels = (field: string) => (field === 'title' ? 'Title' : undefined);
    expect(texts.lines(invalid, labels)).toEqual([
      'Title: At most 200 characters',
      'trainers[0].name: Required',
    ]);
    expect(texts.fields(invalid, labels)).toEqual([
      { field: 'title', label: 'Title', text: 'At most 200 characters' },
      { field: 'trainers[0].name', label: 'trainers[0].name', text: 'Required' },
    ]);
  });

  it('uses a field problem’s limit once the language’s text names it', () => {
    TestBed.inject(TranslationService).register({
      ru: {},
      kk: {},
      fa: {},
      en: { 'field-problem.field.too_long': 'At most {max} characters' },
    });
    expect(texts.field({ field: 'title', code: 'field.too_long', params: { max: 200 } })).toBe(
      'At most 200 characters',
    );
  });

  it('names a field param, and the field it is compared with, by the form’s label', () => {
    const taken = refusal({ status: 409, code: 'record.taken', params: { field: 'code' } });
    expect(texts.summary(taken, (field) => (field === 'code' ? 'agency code' : undefined))).toBe(
      'Another record has this agency code already',
    );
    expect(texts.summary(taken)).toBe('Another record has this code already');
    const early = {
      field: 'dates.votingEndAt',
      code: 'contest.date_must_follow',
      params: { other: 'votingStartAt' },
    } as const;
    expect(texts.field(early, (field) => (field === 'votingStartAt' ? 'Voting starts' : undefined))).toBe(
      'Must be after Voting starts',
    );
  });

  it('shows the summary when no field is named, or when it says more than that fields are invalid', () => {
    expect(texts.lines(refusal({ status: 404, code: 'record.not_found' }))).toEqual(['Not found']);
    expect(
      texts.lines(
        refusal({
          code: 'import.rows_invalid',
          params: { count: 1 },
          details: [{ field: 'row 3, hours', code: 'field.too_large' }],
        }),
      ),
    ).toEqual(['The file has 1 problem(s); nothing was saved', 'row 3, hours: Too large']);
  });

  it('says the server cannot be reached on a network failure, in the active language', () => {
    const offline = refusal({ status: 0, code: 'server.error' });
    expect(texts.lines(offline)).toEqual([
      'The server cannot be reached. Check your connection and try again.',
    ]);
    locales.use('ru');
    expect(texts.summary(offline)).toBe('Сервер недоступен. Проверьте соединение и попробуйте ещё раз.');
  });

  it('words a field problem whose limit did not come with it without a hole in the text', () => {
    expect(texts.field({ field: 'title', code: 'field.too_long' })).toBe('Too long');
    expect(texts.field({ field: 'title', code: 'field.format', params: { format: 'YYYY-MM-DD' } })).toBe(
      'Expected format: YYYY-MM-DD',
    );
  });

  it('groups field problems by the form’s name of the field', () => {
    const invalid = refusal({
      details: [
        { field: 'links[1]', code: 'field.format' },
        { field: 'links[2]', code: 'field.format' },
        { field: 'cycle.deadline', code: 'field.required' },
      ],
    });
    expect(texts.byField(invalid)).toEqual({
      links: ['Wrong format', 'Wrong format'],
      cycle: ['Required'],
    });
    expect(texts.byField(invalid, lastField)).toEqual({
      'links[1]': ['Wrong format'],
      'links[2]': ['Wrong format'],
      deadline: ['Required'],
    });
  });

  it('finds field labels under a dictionary prefix, through aliases, and none where no key exists', () => {
    TestBed.inject(TranslationService).register({
      ru: {},
      kk: {},
      fa: {},
      en: { 'area.field.title': 'Title', 'area.field.topic': 'Topic' },
    });
    const labels = texts.labelsFrom('area.field.', { topicId: 'topic' });
    expect(labels('title')).toBe('Title');
    expect(labels('title.ru')).toBe('Title');
    expect(labels('dates.topicId')).toBe('Topic');
    expect(labels('topicId')).toBe('Topic');
    expect(labels('trainers[0].name')).toBeUndefined();
  });

  it('names indicators by their titles in the reader language, item by item, and the whole submission too', async () => {
    const translations = TestBed.inject(TranslationService);
    locales.use('fa');
    await translations.loadErrorTexts('fa');
    const titles: Record<string, string> = {
      'media.releases': 'اطلاعیه‌های مطبوعاتی',
      'web.answered': 'پاسخ‌ها',
    };
    const unanswered = refusal({
      status: 409,
      code: 'submissions.comments_unanswered',
      params: { count: 3, indicators: 'media.releases, web.answered, submission' },
    });
    expect(texts.summary(unanswered, (key) => titles[key])).toBe(
      'پیش از ارسال دوباره به همهٔ نظرهای بررسی پاسخ دهید: ۳ بی‌پاسخ (اطلاعیه‌های مطبوعاتی، پاسخ‌ها، کل گزارش)',
    );
    const outside = refusal({
      status: 403,
      code: 'submission.indicators_outside_committee',
      params: { indicators: 'media.releases, other.key', count: 2 },
    });
    expect(texts.summary(outside, (key) => titles[key])).toBe(
      'کمیتهٔ شما این‌ها را بررسی نمی‌کند: اطلاعیه‌های مطبوعاتی، other.key',
    );
  });

  it('gives the titles of a form’s indicators as labels, in the reader language', async () => {
    locales.use('fa');
    await TestBed.inject(TranslationService).loadErrorTexts('fa');
    const labels = texts.indicatorLabels([
      { key: 'media.releases', name: { ru: 'Пресс-релизы', fa: 'اطلاعیه‌های مطبوعاتی' } },
      { key: 'web.answered', name: 'Ответы' },
    ]);
    expect(labels('media.releases')).toBe('اطلاعیه‌های مطبوعاتی');
    expect(labels('web.answered')).toBe('Ответы');
    expect(labels('media.unknown')).toBeUndefined();
    const unknown = refusal({
      status: 400,
      code: 'submission.unknown_indicators',
      params: { indicators: 'media.releases, web.answered' },
    });
    expect(texts.summary(unknown, labels)).not.toContain('media.releases');
  });

  it('words phases and statuses, and shows every date param in the reader calendar', async () => {
    const translations = TestBed.inject(TranslationService);
    locales.use('ru');
    await translations.loadErrorTexts('ru');
    const notReady = refusal({
      status: 409,
      code: 'contest.results_not_ready',
      params: { readyAt: '2026-12-09T13:47:18.536Z', phase: 'judging' },
    });
    expect(texts.summary(notReady)).toBe(
      'Итоги можно опубликовать, когда завершатся судейство и голосование (9 дек. 2026 г.); этап конкурса: судейство',
    );
    const wrong = refusal({
      status: 409,
      code: 'cycle.wrong_status',
      params: { action: 'publish', status: 'open', expected: 'review' },
    });
    expect(texts.summary(wrong)).toBe(
      'Нельзя опубликовать цикл в статусе «открыт»; нужен статус «на проверке»',
    );
    const notEnded = refusal({
      status: 409,
      code: 'cycles.period_not_ended',
      params: { periodEnd: '2026-12-31' },
    });
    expect(texts.summary(notEnded)).toBe('Период ещё не закончился: он заканчивается 31 дек. 2026 г.');
  });
});
