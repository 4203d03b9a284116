import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LeafView, SaveValuesRequest, SubmissionValueView, SubmissionView } from '@prgauge/contracts';
import { RatingsStore } from './ratings.store';

const SAVE_URL = '/api/submissions/s1/values';
/** The pause after typing before a rating is saved (the store's AUTOSAVE_MS). */
const DEBOUNCE_MS = 800;

const rating = (key: string): LeafView => ({
  key,
  index: 'media',
  name: key,
  type: 'rating',
  max: 5,
  direction: 'higher',
  source: 'evaluator',
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

/** A submitted submission with two ratings for the evaluator and one figure of the agency's. */
const aSubmission = (version: number, values: Record<string, number | null>): SubmissionView =>
  ({
    id: 's1',
    status: 'submitted',
    version,
    editable: false,
    leaves: [
      rating('media.quality'),
      rating('media.tone'),
      { ...rating('media.releases'), source: 'agency' },
    ],
    values: Object.entries(values).map(([indicator, value]) => valueOf(indicator, value)),
  }) as SubmissionView;

describe('RatingsStore', () => {
  let store: RatingsStore;
  let http: HttpTestingController;

  const advance = (ms = 0): Promise<void> => jest.advanceTimersByTimeAsync(ms);
  const nextSave = (): TestRequest => http.expectOne({ method: 'PUT', url: SAVE_URL });
  const answerSave = async (request: TestRequest, version: number): Promise<void> => {
    const body = request.request.body as SaveValuesRequest;
    request.flush({
      version,
      status: 'submitted',
      editable: false,
      values: body.values.map((v) => valueOf(v.indicator, v.value as number | null)),
    });
    await advance();
  };
  const conflictWith = async (request: TestRequest, current: SubmissionView): Promise<void> => {
    request.flush(
      { code: 'record.stale_version', params: {}, current },
      { status: 409, statusText: 'Conflict' },
    );
    await advance();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RatingsStore],
    });
    store = TestBed.inject(RatingsStore);
    http = TestBed.inject(HttpTestingController);
    store.adopt(aSubmission(3, { 'media.quality': 2, 'media.tone': null, 'media.releases': 12 }));
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it("shows the evaluator's ratings only", () => {
    expect([...store.ratings()]).toEqual([
      ['media.quality', 2],
      ['media.tone', null],
    ]);
  });

  describe('autosave', () => {
    it('saves a burst of ratings once typing pauses, with the last value of each', async () => {
      store.rate('media.quality', 3);
      await advance(DEBOUNCE_MS / 2);
      store.rate('media.quality', 4);
      store.rate('media.tone', 5);
      expect(store.states().get('media.quality')).toBe('pending');
      await advance(DEBOUNCE_MS - 1);
      http.expectNone(SAVE_URL);
      await advance(1);

      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 3,
        values: [
          { indicator: 'media.quality', value: 4 },
          { indicator: 'media.tone', value: 5 },
        ],
      });
      expect(store.states().get('media.tone')).toBe('saving');
      await answerSave(request, 4);
      expect(store.states().get('media.quality')).toBe('saved');
      expect(store.view()?.version).toBe(4);
    });

    it('sends a rating typed during a save after it, with the newer version, and keeps it pending meanwhile', async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      const first = nextSave();
      store.rate('media.quality', 5);
      await advance(DEBOUNCE_MS / 2);
      // The first answer does not mark as saved a rating changed since.
      await answerSave(first, 4);
      expect(store.states().get('media.quality')).toBe('pending');
      await advance(DEBOUNCE_MS / 2);
      const second = nextSave();
      expect(second.request.body).toEqual({ version: 4, values: [{ indicator: 'media.quality', value: 5 }] });
      await answerSave(second, 5);
      expect(store.states().get('media.quality')).toBe('saved');
    });

    it('waits for a save on its way before sending the next, so it carries the newer version', async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      const first = nextSave();
      store.rate('media.tone', 1);
      await advance(DEBOUNCE_MS);
      http.expectNone(SAVE_URL);
      await answerSave(first, 4);
      const second = nextSave();
      expect(second.request.body).toEqual({ version: 4, values: [{ indicator: 'media.tone', value: 1 }] });
      await answerSave(second, 5);
    });

    it('keeps a refused rating as typed, says why, and sends it again with the next one', async () => {
      store.rate('media.quality', 9);
      await advance(DEBOUNCE_MS);
      nextSave().flush(
        { code: 'submission.not_editable', params: {} },
        { status: 409, statusText: 'Conflict' },
      );
      await advance();
      expect(store.states().get('media.quality')).toBe('error');
      expect(store.errors().get('media.quality')).toBeTruthy();
      expect(store.ratings().get('media.quality')).toBe(9);

      store.rate('media.tone', 1);
      expect(store.errors().has('media.quality')).toBe(true);
      await advance(DEBOUNCE_MS);
      const again = nextSave();
      expect(again.request.body).toEqual({
        version: 3,
        values: [
          { indicator: 'media.quality', value: 9 },
          { indicator: 'media.tone', value: 1 },
        ],
      });
      await answerSave(again, 4);
    });

    it('says whether anything is left unsaved', async () => {
      store.rate('media.quality', 4);
      const flushing = store.flush();
      await advance();
      await answerSave(nextSave(), 4);
      await expect(flushing).resolves.toBe(true);
    });
  });

  describe('conflict', () => {
    it('sends again, on the newer version, ratings the other person left alone', async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      await conflictWith(
        nextSave(),
        aSubmission(4, { 'media.quality': 2, 'media.tone': null, 'media.releases': 13 }),
      );
      expect(store.theirs().size).toBe(0);
      const resend = nextSave();
      expect(resend.request.body).toEqual({ version: 4, values: [{ indicator: 'media.quality', value: 4 }] });
      await answerSave(resend, 5);
      expect(store.states().get('media.quality')).toBe('saved');
    });

    it("keeps this person's rating beside theirs and saves nothing until the choice", async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      await conflictWith(nextSave(), aSubmission(4, { 'media.quality': 1, 'media.tone': null }));
      expect(store.states().get('media.quality')).toBe('conflict');
      expect(store.ratings().get('media.quality')).toBe(4);
      expect(store.theirs().get('media.quality')).toBe(1);
      await expect(store.flush()).resolves.toBe(false);
      await advance(60_000);
      http.expectNone(SAVE_URL);
    });

    it("keep mine saves this person's rating on the newer version", async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      await conflictWith(nextSave(), aSubmission(4, { 'media.quality': 1, 'media.tone': null }));
      const keeping = store.keepMine('media.quality');
      await advance();
      const request = nextSave();
      expect(request.request.body).toEqual({
        version: 4,
        values: [{ indicator: 'media.quality', value: 4 }],
      });
      await answerSave(request, 5);
      await keeping;
      expect(store.states().get('media.quality')).toBe('saved');
      expect(store.theirs().size).toBe(0);
    });

    it('take theirs shows their rating and sends nothing for it', async () => {
      store.rate('media.quality', 4);
      await advance(DEBOUNCE_MS);
      await conflictWith(nextSave(), aSubmission(4, { 'media.quality': 1, 'media.tone': null }));
      store.takeTheirs('media.quality');
      expect(store.ratings().get('media.quality')).toBe(1);
      expect(store.states().get('media.quality')).toBe('saved');
      await advance(60_000);
      http.expectNone(SAVE_URL);
    });

    it('take theirs on one rating still saves the others of the same save', async () => {
      store.rate('media.quality', 4);
      store.rate('media.tone', 3);
      await advance(DEBOUNCE_MS);
      await conflictWith(nextSave(), aSubmission(4, { 'media.quality': 1, 'media.tone': null }));
      expect(store.theirs().has('media.tone')).toBe(false);
      expect(store.states().get('media.tone')).toBe('pending');

      store.takeTheirs('media.quality');
      await advance();
      const request = nextSave();
      expect(request.request.body).toEqual({ version: 4, values: [{ indicator: 'media.tone', value: 3 }] });
      await answerSave(request, 5);
      expect(store.states().get('media.tone')).toBe('saved');
      expect(store.ratings().get('media.quality')).toBe(1);
    });
  });
});
