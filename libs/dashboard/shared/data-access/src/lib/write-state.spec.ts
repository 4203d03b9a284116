import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { WriteState } from './write-state';

const refusal = (field: string): HttpErrorResponse =>
  new HttpErrorResponse({
    status: 400,
    error: { code: 'request.invalid', params: {}, details: [{ field, code: 'field.required', params: {} }] },
  });

describe('WriteState', () => {
  let state: WriteState;

  beforeEach(async () => {
    // The refusal texts of the browser's Russian, loaded as the app loads them.
    await TestBed.inject(TranslationService).loadErrorTexts('ru');
    state = TestBed.runInInjectionContext(
      () => new WriteState((field) => (field === 'title' ? 'Title' : null)),
    );
  });

  it('is busy while the write is under way, and says it went through', async () => {
    let finish: () => void = () => undefined;
    const writing = state.run(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(state.busy()).toBe(true);
    finish();
    await expect(writing).resolves.toBe(true);
    expect(state.busy()).toBe(false);
    expect(state.problems()).toEqual([]);
  });

  it("words a refusal one line per field, under the form's label", async () => {
    await expect(state.run(() => Promise.reject(refusal('title')))).resolves.toBe(false);
    expect(state.busy()).toBe(false);
    expect(state.problems()).toEqual(['Title: Обязательно']);
  });

  it('clears the last refusal when the next write starts', async () => {
    await state.run(() => Promise.reject(refusal('title')));
    const writing = state.run(() => Promise.resolve());
    expect(state.problems()).toEqual([]);
    await writing;
  });
});
