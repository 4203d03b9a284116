import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  LeafView,
  SaveValuesRequest,
  SaveValuesResult,
  SubmissionValueView,
  SubmissionView,
} from '@prgauge/contracts';
import { SubmissionFormStore } from './submission-form.store';

const SAVE_URL = '/api/submissions/s1/values';
/** The pause after typing before the draft is saved (the store's AUTOSAVE_MS). */
const DEBOUNCE_MS = 800;

const leaf = (key: string): LeafView => ({
  key,
  index: 'media',
  name: key,
  type: 'number',
  direction: 'higher',
  source: 'agency',
  evidenceRequired: false,
});

const valueOf = (indicator: string, value: number | null): SubmissionValueView => ({
  indicator,
  value,
  note: null,
  previous: null,
  flags: [],
  updatedAt: null,
  reviewedValue: null,
});

/** A draft submission of two indicators, as the server would send it. */
function aSubmission(version: number, values: Record<string, number | null> = {}): SubmissionView {
  return {
    id: 's1',
    cycleId: 'c1',
    agencyId: 'a1',
    agency: { code: 'A1', name: { ru: 'Агентство', kk: '', fa: '', en: 'Agency' }, attributes: {} },
    status: 'draft',
    version,
    deadline: '2026-12-31T18:00:00.000Z',
    extensionUntil: null,
    timeZone: 'Asia/Almaty',
    editable: true,
    submittedAt: null,
    approvedAt: null,
    indices: [{ key: 'media', name: 'Media' }],
    leaves: [leaf('media.releases'), leaf('media.events')],
    values: Object.entries(values).map(([indicator, value]) => valueOf(indicator, value)),
    evidence: [],
    comments: [],
  };
}

const saved = (version: number, request: SaveValuesRequest): SaveValuesResult => ({
  version,
  status: 'draft',
  editable: true,
  values: request.values.map((v) => valueOf(v.indicator, v.value)),
});

describe('SubmissionFormStore', () => {
  let store: SubmissionFormStore;
  let http: HttpTestingController;

  /** Lets the promises between the HTTP answer and the store's signals settle, and fires due timers. */
  const advance = (ms = 0): Promise<void> => jest.advanceTimersByTimeAsync(ms);

  /** The one save now on its way to the server; fails the test if there is none, or more than one. */
  const nextSave = (): TestRequest => {
    const request = http.expectOne({ method: 'PUT', url: SAVE_URL });
    return request;
  };

  const answerSave = async (request: TestRequest, version: number): Promise<void> => {
    request.flush(saved(version, request.request.body as SaveValuesRequest));
    await advance();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), SubmissionFormStore],
    });
    store = TestBed.inject(SubmissionFormStore);
    http = TestBed.inject(HttpTestingController);
    store.adopt(aSubmission(3, { 'media.releases': 1, 'media.events': 2 }));
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  describe('autosave', () => {
    it('saves a change once typing has paused, with the version the form last read', async () => {
      store.edit('media.releases', 12);
      expect(store.saveState()).toBe('pending');
      await advance(DEBOUNCE_MS - 1);
      http.expectNone(SAVE_URL);

      await advance(1);
      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 3,
        values: [{ indicator: 'media.releases', value: 12 }],
      });
      expect(store.saveState()).toBe('saving');

      await answerSave(request, 4);
      expect(store.saveState()).toBe('saved');
      expect(store.view()?.version).toBe(4);
      expect(store.savedAt()).not.toBeNull();
      expect(store.serverValues().get('media.releases')?.value).toBe(12);
    });

    it('saves a burst of changes once, with the last value of each field', async () => {
      store.edit('media.releases', 1);
      await advance(DEBOUNCE_MS / 2);
      store.edit('media.releases', 12);
      await advance(DEBOUNCE_MS / 2);
      store.edit('media.events', 7);
      await advance(DEBOUNCE_MS / 2);
      store.edit('media.releases', 123);
      await advance(DEBOUNCE_MS);

      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 3,
        values: [
          { indicator: 'media.releases', value: 123 },
          { indicator: 'media.events', value: 7 },
        ],
      });
      await answerSave(request, 4);
      http.expectNone(SAVE_URL);
      expect(store.values().get('media.releases')).toBe(123);
    });

    it('sends a change made while a save is on its way after that save, with the version it returned', async () => {
      store.edit('media.releases', 12);
      await advance(DEBOUNCE_MS);
      const first = nextSave();

      store.edit('media.events', 7);
      await advance(DEBOUNCE_MS);
      // One save at a time: the second waits for the first, so it can carry the newer version.
      http.expectNone(SAVE_URL);
      expect(store.values().get('media.events')).toBe(7);

      await answerSave(first, 4);
      const second = nextSave();
      expect(second.request.body).toEqual({ version: 4, values: [{ indicator: 'media.events', value: 7 }] });
      await answerSave(second, 5);
      expect(store.saveState()).toBe('saved');
      expect(store.view()?.version).toBe(5);
    });

    it('keeps a note typed earlier when only the value changes afterwards', async () => {
      store.edit('media.releases', 12, 'from the press office');
      store.edit('media.releases', 13);
      await advance(DEBOUNCE_MS);
      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 3,
        values: [{ indicator: 'media.releases', value: 13, note: 'from the press office' }],
      });
      await answerSave(request, 4);
    });
  });

  describe('retry', () => {
    const typeAndFail = async (status: number): Promise<void> => {
      store.edit('media.releases', 12);
      await advance(DEBOUNCE_MS);
      if (status === 0) nextSave().error(new ProgressEvent('error'));
      else
        nextSave().flush({ code: 'service.unavailable', params: {} }, { status, statusText: 'Unavailable' });
      await advance();
    };

    it('retries a save the network lost, waiting longer each time, until it goes through', async () => {
      await typeAndFail(0);
      expect(store.saveState()).toBe('error');
      expect(store.values().get('media.releases')).toBe(12);
      // The field says why it is not saved yet.
      expect(store.fieldErrors().get('media.releases')).toBeTruthy();

      await advance(999);
      http.expectNone(SAVE_URL);
      await advance(1);
      nextSave().error(new ProgressEvent('error'));
      await advance();
      expect(store.saveState()).toBe('error');

      // The second wait is longer than the first.
      await advance(1999);
      http.expectNone(SAVE_URL);
      await advance(1);
      const third = nextSave();
      expect(third.request.body).toEqual({
        version: 3,
        values: [{ indicator: 'media.releases', value: 12 }],
      });
      await answerSave(third, 4);
      expect(store.saveState()).toBe('saved');
      expect(store.fieldErrors().size).toBe(0);
    });

    it('retries a 503 with the value typed, and shows the field is not saved meanwhile', async () => {
      await typeAndFail(503);
      expect(store.saveState()).toBe('error');
      expect(store.fieldErrors().get('media.releases')).toContain('Сервис недоступен');

      await advance(1000);
      const retried = nextSave();
      expect(retried.request.body).toEqual({
        version: 3,
        values: [{ indicator: 'media.releases', value: 12 }],
      });
      await answerSave(retried, 4);
      expect(store.saveState()).toBe('saved');
      expect(store.fieldErrors().size).toBe(0);
    });

    it('sends the latest value when the person types again while the save waits to be retried', async () => {
      await typeAndFail(503);
      store.edit('media.releases', 13);
      // The new change clears the field's error at once.
      expect(store.fieldErrors().get('media.releases')).toBeUndefined();
      await advance(DEBOUNCE_MS);
      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 3,
        values: [{ indicator: 'media.releases', value: 13 }],
      });
      await answerSave(request, 4);
      // The earlier retry was replaced, not added.
      await advance(60_000);
      http.expectNone(SAVE_URL);
    });

    it('does not retry a refusal, and shows it beside the refused field', async () => {
      store.edit('media.releases', -1);
      store.edit('media.events', 7);
      await advance(DEBOUNCE_MS);
      nextSave().flush(
        {
          code: 'request.invalid',
          params: {},
          details: [{ field: 'values[0].value', code: 'number.min', params: { min: 0 } }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await advance();
      expect(store.saveState()).toBe('error');
      expect(store.fieldErrors().get('media.releases')).toBeTruthy();
      expect(store.fieldErrors().has('media.events')).toBe(false);

      await advance(60_000);
      http.expectNone(SAVE_URL);
      // Nothing typed is lost: the person's retry sends both values again.
      const retry = store.retry();
      await advance();
      const again = nextSave();
      expect(again.request.body).toEqual({
        version: 3,
        values: [
          { indicator: 'media.releases', value: -1 },
          { indicator: 'media.events', value: 7 },
        ],
      });
      await answerSave(again, 4);
      await retry;
      expect(store.saveState()).toBe('saved');
    });
  });

  describe('conflict', () => {
    const theirs = aSubmission(5, { 'media.releases': 40, 'media.events': 2 });

    const saveIntoConflict = async (): Promise<void> => {
      store.edit('media.releases', 12);
      await advance(DEBOUNCE_MS);
      nextSave().flush(
        { code: 'record.stale_version', params: {}, current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
      await advance();
    };

    it("keeps the person's value and shows the current one, with the choice", async () => {
      await saveIntoConflict();
      expect(store.saveState()).toBe('conflict');
      expect(store.values().get('media.releases')).toBe(12);
      const conflict = store.conflict();
      expect(conflict?.mine).toEqual([{ indicator: 'media.releases', value: 12 }]);
      expect(conflict && store.conflictValue(conflict, 'media.releases')).toBe(40);
      // While the person has not chosen, nothing is saved over the other person's value.
      store.edit('media.events', 8);
      await advance(60_000);
      http.expectNone(SAVE_URL);
    });

    it("keep mine saves the person's value on top of the current version", async () => {
      await saveIntoConflict();
      const keeping = store.keepMine();
      await advance();
      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 5,
        values: [{ indicator: 'media.releases', value: 12 }],
      });
      await answerSave(request, 6);
      await keeping;
      expect(store.conflict()).toBeNull();
      expect(store.saveState()).toBe('saved');
      expect(store.values().get('media.releases')).toBe(12);
      expect(store.view()?.version).toBe(6);
      await advance(60_000);
      http.expectNone(SAVE_URL);
    });

    it('take theirs shows the current value and saves nothing', async () => {
      await saveIntoConflict();
      store.takeTheirs();
      expect(store.conflict()).toBeNull();
      expect(store.saveState()).toBe('saved');
      expect(store.values().get('media.releases')).toBe(40);
      expect(store.view()?.version).toBe(5);
      await advance(60_000);
      http.expectNone(SAVE_URL);

      // The next change is saved against the version taken.
      store.edit('media.events', 3);
      await advance(DEBOUNCE_MS);
      const request = nextSave();
      expect(request.request.body).toEqual({ version: 5, values: [{ indicator: 'media.events', value: 3 }] });
      await answerSave(request, 6);
    });
  });
});
