import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, provideFieldChecks } from './field-errors';

const TEXTS = { 'area.problem.name': 'Name: {min} to {max} characters.' };

async function shown(problems: string[], locale: 'en' | 'fa', withChecks = true): Promise<string[]> {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      withChecks
        ? provideFieldChecks({ keyPrefix: 'area.', limits: { 'area.problem.name': { min: 2, max: 120 } } })
        : [],
    ],
  });
  TestBed.inject(TranslationService).register({ ru: TEXTS, kk: TEXTS, fa: TEXTS, en: TEXTS });
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(FieldErrors);
  fixture.componentRef.setInput('id', 'name-errors');
  fixture.componentRef.setInput('problems', problems);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  expect(element.querySelector('[role="alert"]')?.id).toBe('name-errors');
  return [...element.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '');
}

describe('FieldErrors', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it("words the area's own checks with their limits in the reader's digits, and shows refusals as they are", async () => {
    expect(await shown(['area.problem.name', 'Already taken.'], 'fa')).toEqual([
      'Name: ۲ to ۱۲۰ characters.',
      'Already taken.',
    ]);
  });

  it('shows every problem as it is in an area without checks of its own', async () => {
    expect(await shown(['area.problem.name'], 'en', false)).toEqual(['area.problem.name']);
  });

  it('shows nothing without problems', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(FieldErrors);
    fixture.componentRef.setInput('id', 'x');
    fixture.componentRef.setInput('problems', []);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
  });
});
