import { TestBed } from '@angular/core/testing';
import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { LocaleStore, RefusalText, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { failureOf } from './field-problems';

/** The API's refusal of a cycle deadline before the period's first day. */
const DEADLINE_TOO_EARLY: ApiProblem = {
  status: 400,
  code: 'request.invalid',
  params: {},
  details: [
    {
      field: 'deadline',
      code: 'field.too_early',
      params: { other: 'periodStart', otherDate: '2027-03-21' },
      problems: ['must not be before periodStart'],
    },
  ],
};

describe('failureOf', () => {
  let refusals: RefusalText;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.resetTestingModule();
    const translations = TestBed.inject(TranslationService);
    translations.register(ADMIN_TEXTS);
    TestBed.inject(LocaleStore).use('fa');
    await translations.loadErrorTexts('fa');
    refusals = TestBed.inject(RefusalText);
  });

  it('names each field at fault, by its label in the reader’s language, for a form without field messages', () => {
    const reason = failureOf(DEADLINE_TOO_EARLY, refusals, undefined, true).reason ?? '';
    expect(reason).toContain('مهلت ارسال');
    expect(reason).toContain('آغاز دوره');
    expect(reason).not.toMatch(/[A-Za-z]/);
  });

  it('keeps to the summary where the form shows each problem beside its input', () => {
    const reason = failureOf(DEADLINE_TOO_EARLY, refusals).reason ?? '';
    expect(reason).not.toContain('مهلت ارسال');
  });
});
