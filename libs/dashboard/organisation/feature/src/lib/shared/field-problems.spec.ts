import { TestBed } from '@angular/core/testing';
import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { LocaleStore, RefusalText, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ORGANISATION_TEXTS } from '../i18n/organisation-texts';
import { failureOf, problemKind } from './field-problems';

const problem = (change: Partial<ApiProblem>): ApiProblem => ({
  status: 400,
  code: 'request.invalid',
  params: {},
  details: [],
  ...change,
});

describe('failureOf', () => {
  let refusals: RefusalText;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.resetTestingModule();
    const translations = TestBed.inject(TranslationService);
    translations.register(ORGANISATION_TEXTS);
    TestBed.inject(LocaleStore).use('fa');
    await translations.loadErrorTexts('fa');
    refusals = TestBed.inject(RefusalText);
  });

  it('names a taken field by the form’s label in the reader’s language, not by its key', () => {
    const taken = problem({ status: 409, code: 'record.taken', params: { field: 'login' } });
    const failure = failureOf(taken, refusals);
    expect(failure.reason).toContain('«نام کاربری»');
    expect(failure.reason).not.toMatch(/[A-Za-z]/);
  });

  it('says someone else changed the record only for a stale version', () => {
    expect(problemKind(problem({ status: 409, code: 'record.taken' }))).toBe('org.error.invalid');
    expect(problemKind(problem({ status: 409, code: 'record.stale_version' }))).toBe('org.error.conflict');
    expect(problemKind(problem({ status: 0, code: 'server.error' }))).toBe('org.error.network');
    expect(problemKind(problem({ status: 404, code: 'record.not_found' }))).toBe('org.error.notFound');
  });
});
