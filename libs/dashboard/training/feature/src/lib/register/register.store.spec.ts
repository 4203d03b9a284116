import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AttendanceView, TrainingEventView } from '@prgauge/contracts';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TEXTS } from '../i18n/training-texts';
import { RegisterStore } from './register.store';

const event = {
  id: 'e1',
  title: 'Media relations',
  plannedHours: 4,
  invited: 10,
  version: 1,
} as TrainingEventView;

const aRow = (id: string, extra: Partial<AttendanceView> = {}): AttendanceView => ({
  id,
  eventId: 'e1',
  participantName: `Participant ${id}`,
  agencyId: 'a1',
  outlet: null,
  audience: 'pr_staff',
  attended: true,
  hours: 4,
  version: 1,
  ...extra,
});

const ROWS_URL = '/api/training/events/e1/attendance';
const rowUrl = (id: string): string => `/api/training/attendance/${id}`;

describe('RegisterStore', () => {
  let store: RegisterStore;
  let http: HttpTestingController;

  const loaded = async (rows: AttendanceView[]): Promise<void> => {
    const loading = store.load(event);
    http.expectOne({ method: 'GET', url: ROWS_URL }).flush(rows);
    await loading;
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RegisterStore],
    });
    // As the training routes do; the refusal texts are those of the browser's Russian.
    const translations = TestBed.inject(TranslationService);
    translations.register(TRAINING_TEXTS);
    await translations.loadErrorTexts('ru');
    store = TestBed.inject(RegisterStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  describe('loading', () => {
    it("shows the event's rows, and says it is loading until they come", async () => {
      const loading = store.load(event);
      expect(store.loading()).toBe(true);
      http.expectOne(ROWS_URL).flush([aRow('r1'), aRow('r2', { attended: false })]);
      await loading;
      expect(store.loading()).toBe(false);
      expect(store.loadFailed()).toBe(false);
      expect(store.rows().map((r) => r.id)).toEqual(['r1', 'r2']);
      expect(store.figures().attended).toBe(1);
    });

    it('says the register could not be read', async () => {
      const loading = store.load(event);
      http.expectOne(ROWS_URL).error(new ProgressEvent('error'));
      await loading;
      expect(store.loadFailed()).toBe(true);
      expect(store.loading()).toBe(false);
    });
  });

  describe('adding a row', () => {
    it('adds the row the server saved', async () => {
      await loaded([aRow('r1')]);
      const adding = store.add({ participantName: 'New person', audience: 'pr_staff', agencyId: 'a1' });
      const request = http.expectOne({ method: 'POST', url: ROWS_URL });
      expect(request.request.body).toEqual({
        participantName: 'New person',
        audience: 'pr_staff',
        agencyId: 'a1',
      });
      request.flush(aRow('r2', { participantName: 'New person' }));
      await expect(adding).resolves.toBe(true);
      expect(store.rows().map((r) => r.participantName)).toEqual(['Participant r1', 'New person']);
    });

    it("shows a refusal under the column's own name, and adds nothing", async () => {
      await loaded([]);
      const adding = store.add({ participantName: '', audience: 'pr_staff' });
      http.expectOne(ROWS_URL).flush(
        {
          code: 'request.invalid',
          params: {},
          details: [{ field: 'participantName', code: 'field.required', params: {} }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await expect(adding).resolves.toBe(false);
      expect(store.addProblems()).toEqual(['Участник: Обязательно']);
      expect(store.rows()).toEqual([]);
    });
  });

  describe('editing a row', () => {
    it('shows the change at once, then the row as the server saved it', async () => {
      await loaded([aRow('r1')]);
      const editing = store.edit(store.rows()[0], { attended: false });
      expect(store.rows()[0].attended).toBe(false);
      const request = http.expectOne({ method: 'PATCH', url: rowUrl('r1') });
      expect(request.request.body).toEqual({ attended: false, version: 1 });
      request.flush(aRow('r1', { attended: false, version: 2 }));
      await editing;
      expect(store.rows()[0]).toMatchObject({ attended: false, version: 2 });
      expect(store.notice()).toBeNull();
    });

    it('replaces a row someone else changed first with their version, and says so', async () => {
      await loaded([aRow('r1')]);
      const theirs = aRow('r1', { participantName: 'Renamed', version: 2 });
      const editing = store.edit(store.rows()[0], { hours: 2 });
      http
        .expectOne(rowUrl('r1'))
        .flush(
          { code: 'record.stale_version', params: {}, current: theirs },
          { status: 409, statusText: '' },
        );
      await editing;
      expect(store.rows()).toEqual([theirs]);
      expect(store.notice()).toBe('staleRow');
    });

    it('takes away a row someone else removed', async () => {
      await loaded([aRow('r1'), aRow('r2')]);
      const editing = store.edit(store.rows()[0], { hours: 2 });
      http
        .expectOne(rowUrl('r1'))
        .flush({ code: 'record.not_found', params: {} }, { status: 404, statusText: '' });
      await editing;
      expect(store.rows().map((r) => r.id)).toEqual(['r2']);
      expect(store.notice()).toBe('rowGone');
    });

    it('puts the row back as it was when the save fails', async () => {
      await loaded([aRow('r1')]);
      const editing = store.edit(store.rows()[0], { hours: 2 });
      http.expectOne(rowUrl('r1')).error(new ProgressEvent('error'));
      await editing;
      expect(store.rows()).toEqual([aRow('r1')]);
      expect(store.notice()).toBe('saveFailed');
    });
  });

  describe('removing a row', () => {
    it('takes the row away at once and sends the version it was read at', async () => {
      await loaded([aRow('r1', { version: 3 }), aRow('r2')]);
      const removing = store.remove(store.rows()[0]);
      expect(store.rows().map((r) => r.id)).toEqual(['r2']);
      const request = http.expectOne((r) => r.method === 'DELETE' && r.url === rowUrl('r1'));
      expect(request.request.params.get('version')).toBe('3');
      request.flush(null);
      await removing;
      expect(store.notice()).toBeNull();
    });

    it('leaves a row already removed by someone else removed, without a notice', async () => {
      await loaded([aRow('r1')]);
      const removing = store.remove(store.rows()[0]);
      http
        .expectOne((r) => r.url === rowUrl('r1'))
        .flush({ code: 'record.not_found', params: {} }, { status: 404, statusText: '' });
      await removing;
      expect(store.rows()).toEqual([]);
      expect(store.notice()).toBeNull();
    });

    it('brings back a row someone else changed first, in their version', async () => {
      await loaded([aRow('r1')]);
      const theirs = aRow('r1', { hours: 6, version: 2 });
      const removing = store.remove(store.rows()[0]);
      http
        .expectOne((r) => r.url === rowUrl('r1'))
        .flush(
          { code: 'record.stale_version', params: {}, current: theirs },
          { status: 409, statusText: '' },
        );
      await removing;
      expect(store.rows()).toEqual([theirs]);
      expect(store.notice()).toBe('staleRow');
    });

    it('brings the row back when the removal fails', async () => {
      await loaded([aRow('r1')]);
      const removing = store.remove(store.rows()[0]);
      http.expectOne((r) => r.url === rowUrl('r1')).error(new ProgressEvent('error'));
      await removing;
      expect(store.rows()).toEqual([aRow('r1')]);
      expect(store.notice()).toBe('saveFailed');
    });
  });
});
