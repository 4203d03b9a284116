import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  CycleFramework,
  CycleView,
  FrameworkDocument,
  FrameworkDocumentNode,
  PutFrameworkRequest,
  RegionView,
  SessionUser,
} from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { FrameworkEditorStore } from './framework-editor.store';
import { newLeaf } from './model/framework-tree';

const FRAMEWORK_URL = '/api/cycles/c1/framework';

const named = (text: string) => ({ ru: text, kk: text, fa: text, en: text });
const leaf = (key: string): FrameworkDocumentNode => ({ ...newLeaf(key), name: named(key) });
/** A framework the API would take: one index of two leaves. */
const aFramework = (): FrameworkDocument => ({
  indicators: [
    { key: 'media', name: named('Media'), weight: 1, children: [leaf('releases'), leaf('events')] },
  ],
});

const aCycle = (status: CycleView['status']): CycleView => ({
  id: 'c1',
  regionId: 'r1',
  name: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline: '2027-01-31',
  status,
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone: 'Asia/Almaty',
});

const director: SessionUser = {
  id: 'u1',
  login: 'director',
  displayName: 'Director',
  role: 'director',
  regionId: 'r1',
  agencyId: null,
  locale: 'ru',
  passwordChangeRequired: false,
};

describe('FrameworkEditorStore', () => {
  let store: FrameworkEditorStore;
  let http: HttpTestingController;

  const signIn = async (user: SessionUser): Promise<void> => {
    const refreshing = TestBed.inject(SessionStore).refresh();
    http.expectOne('/api/auth/me').flush(user);
    await refreshing;
  };

  /** Loads cycle c1 as the server has it: its framework at `version`, its region naming Kazakh first. */
  const loaded = async (status: CycleView['status'] = 'draft', version = 7): Promise<void> => {
    const loading = store.load('c1');
    expect(store.loading()).toBe(true);
    http.expectOne('/api/cycles/c1').flush(aCycle(status));
    http.expectOne({ method: 'GET', url: FRAMEWORK_URL }).flush({ version, framework: aFramework() });
    http.expectOne('/api/regions').flush([{ id: 'r1', defaultLocale: 'kk' } as RegionView]);
    await loading;
  };

  const rename = (path: number[], text: string): void =>
    store.edit(path, (node) => ({ ...node, name: named(text) }));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), FrameworkEditorStore],
    });
    store = TestBed.inject(FrameworkEditorStore);
    http = TestBed.inject(HttpTestingController);
    await signIn(director);
  });

  afterEach(() => http.verify());

  describe('loading', () => {
    it("shows the cycle's framework, selects its first index, and asks for the region's language", async () => {
      await loaded();
      expect(store.loading()).toBe(false);
      expect(store.version()).toBe(7);
      expect(store.framework()).toEqual(aFramework());
      expect(store.selected()).toEqual([0]);
      expect(store.defaultLocale()).toBe('kk');
      expect(store.dirty()).toBe(false);
      expect(store.editable()).toBe(true);
    });

    it('says why the framework could not be read', async () => {
      const loading = store.load('c1');
      http.expectOne('/api/cycles/c1').flush(aCycle('draft'));
      http
        .expectOne(FRAMEWORK_URL)
        .flush({ code: 'record.not_found', params: {} }, { status: 404, statusText: '' });
      http.expectOne('/api/regions').flush([]);
      await loading;
      expect(store.loadError()).toBeTruthy();
      expect(store.loading()).toBe(false);
    });
  });

  describe('editing', () => {
    it('changes the tree on screen only, and knows it is unsaved', async () => {
      await loaded();
      rename([0, 1], 'Events held');
      expect(store.dirty()).toBe(true);
      expect(store.selectedNode()?.key).toBe('media');
      store.select([0, 1]);
      expect(store.selectedNode()?.name).toEqual(named('Events held'));
    });

    it('changes nothing in a cycle that is no longer a draft', async () => {
      await loaded('open');
      rename([0, 1], 'Events held');
      expect(store.editable()).toBe(false);
      expect(store.dirty()).toBe(false);
    });

    it('changes nothing for someone who may not edit frameworks', async () => {
      await signIn({ ...director, role: 'viewer' });
      await loaded();
      rename([0, 1], 'Events held');
      expect(store.mayEdit()).toBe(false);
      expect(store.dirty()).toBe(false);
    });

    it('adds, moves and removes nodes, keeping the selection on the node moved', async () => {
      await loaded();
      const added = store.add([0], 'leaf');
      expect(added).toEqual([0, 2]);
      expect(store.selected()).toEqual([0, 2]);
      expect(store.move([0, 2], -1)).toEqual([0, 1]);
      store.remove([0, 1]);
      expect(store.framework()?.indicators[0]).toMatchObject({
        children: [{ key: 'releases' }, { key: 'events' }],
      });
    });
  });

  describe('saving', () => {
    it('sends the whole tree with the version it was read at, and takes the saved one', async () => {
      await loaded();
      rename([0, 1], 'Events held');
      const saving = store.save();
      expect(store.saveState()).toBe('saving');
      const request = http.expectOne({ method: 'PUT', url: FRAMEWORK_URL });
      const body = request.request.body as PutFrameworkRequest;
      expect(body.version).toBe(7);
      expect(body.framework.indicators[0]).toMatchObject({ children: [{}, { name: named('Events held') }] });
      request.flush({ version: 8, framework: body.framework } satisfies CycleFramework);
      await saving;
      expect(store.saveState()).toBe('saved');
      expect(store.version()).toBe(8);
      expect(store.cycle()?.version).toBe(8);
      expect(store.dirty()).toBe(false);
    });

    it('sends nothing while a hint says the API would refuse the tree', async () => {
      await loaded();
      store.edit([0, 1], (node) => ({ ...node, name: named('') }));
      expect(store.blocking()).toBeGreaterThan(0);
      await store.save();
      expect(store.saveState()).toBe('invalid');
      http.expectNone(FRAMEWORK_URL);
    });

    it("keeps the director's tree when someone else saved first, until they choose to read it again", async () => {
      await loaded();
      rename([0, 1], 'Events held');
      const saving = store.save();
      http
        .expectOne(FRAMEWORK_URL)
        .flush(
          { code: 'record.stale_version', params: {}, current: { version: 8 } },
          { status: 409, statusText: 'Conflict' },
        );
      await saving;
      expect(store.saveState()).toBe('conflict');
      expect(store.saveFailure()).toBeTruthy();
      expect(store.dirty()).toBe(true);
      expect(store.version()).toBe(7);

      const reloading = store.reload();
      http.expectOne('/api/cycles/c1').flush(aCycle('draft'));
      http.expectOne(FRAMEWORK_URL).flush({ version: 8, framework: aFramework() });
      http.expectOne('/api/regions').flush([]);
      await reloading;
      expect(store.saveState()).toBe('idle');
      expect(store.version()).toBe(8);
      expect(store.dirty()).toBe(false);
    });

    it('places the refused fields on their nodes, and an edit of the node clears its problems', async () => {
      await loaded();
      rename([0, 1], 'Events held');
      const saving = store.save();
      http.expectOne(FRAMEWORK_URL).flush(
        {
          code: 'framework.invalid',
          params: {},
          details: [
            { field: 'framework.indicators[0].children[1].key', code: 'field.invalid', params: {} },
            { field: 'framework.scale', code: 'field.invalid', params: {} },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await saving;
      expect(store.saveState()).toBe('invalid');
      expect(store.serverProblems().map((p) => p.path)).toEqual([[0, 1], null]);
      expect(store.generalProblems()).toHaveLength(1);
      expect(store.generalProblems()[0]).toMatch(/^framework\.scale: /);

      rename([0, 1], 'Events');
      expect(store.serverProblems().map((p) => p.path)).toEqual([null]);
    });

    it('keeps an edit made while the save was on its way, and still counts it unsaved', async () => {
      await loaded();
      rename([0, 1], 'Events held');
      const saving = store.save();
      const request = http.expectOne(FRAMEWORK_URL);
      rename([0, 0], 'Press releases');
      const sent = (request.request.body as PutFrameworkRequest).framework;
      request.flush({ version: 8, framework: sent } satisfies CycleFramework);
      await saving;
      expect(store.version()).toBe(8);
      expect(store.framework()?.indicators[0]).toMatchObject({
        children: [{ name: named('Press releases') }, { name: named('Events held') }],
      });
      expect(store.dirty()).toBe(true);

      // The next save sends it on the version the first returned.
      const next = store.save();
      const second = http.expectOne(FRAMEWORK_URL);
      expect((second.request.body as PutFrameworkRequest).version).toBe(8);
      second.flush({ version: 9, framework: (second.request.body as PutFrameworkRequest).framework });
      await next;
      expect(store.dirty()).toBe(false);
    });
  });
});
