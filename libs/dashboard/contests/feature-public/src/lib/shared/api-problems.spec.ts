import { TestBed } from '@angular/core/testing';
import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { LocaleStore, RefusalText, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { CONTESTS_TEXTS } from '../i18n/contests-texts';
import { fieldProblems } from './api-problems';

describe('fieldProblems', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    TestBed.inject(TranslationService).register(CONTESTS_TEXTS);
  });

  it('words each top-level field’s problems from their codes, once each', () => {
    TestBed.inject(LocaleStore).use('en');
    const problem: ApiProblem = {
      status: 400,
      code: 'request.invalid',
      params: {},
      details: [
        { field: 'links[1]', code: 'field.format' },
        { field: 'links[2]', code: 'field.format' },
        { field: 'candidateName', code: 'field.too_short', params: { min: 2 } },
        { field: 'candidateName', code: 'field.control_characters' },
      ],
    };
    expect(fieldProblems(problem, TestBed.inject(RefusalText))).toEqual({
      links: 'Wrong format',
      candidateName: 'At least 2 characters; Contains control characters',
    });
  });

  it('words a weak password with the contests’ own text, in the active language', () => {
    TestBed.inject(LocaleStore).use('ru');
    const weak: ApiProblem = {
      status: 400,
      code: 'auth.password_too_weak',
      params: {},
      details: [{ field: 'password', code: 'field.weak_password' }],
    };
    expect(fieldProblems(weak, TestBed.inject(RefusalText))).toEqual({
      password: CONTESTS_TEXTS.ru['field-problem.field.weak_password'],
    });
  });

  it('keys a field by the form’s own name when asked', () => {
    TestBed.inject(LocaleStore).use('en');
    const scores: ApiProblem = {
      status: 400,
      code: 'request.invalid',
      params: {},
      details: [{ field: 'scores.quality', code: 'field.too_large', params: { max: 10 } }],
    };
    expect(fieldProblems(scores, TestBed.inject(RefusalText), (f) => f.replace(/^scores\./, ''))).toEqual({
      quality: 'At most 10',
    });
  });
});
