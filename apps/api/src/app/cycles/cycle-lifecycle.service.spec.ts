import { HttpException } from '@nestjs/common';
import type { CycleStatus, SessionUser } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { AuditFact } from '../audit/audit.service';
import type { Publication } from './results-freezer';
import type { Cycle } from './cycle.entity';
import { CycleLifecycleService } from './cycle-lifecycle.service';
import type { CycleStatusChange } from './cycle.repository';
import { toCycleView } from './cycle-views';
import { type ExpectedAgency, publishSummaryOf } from './publish-guard';

const REGION = 'region-1';
const NOW = new Date('2026-06-01T09:00:00Z');
/** The manager the fakes hand around; the service only passes it on. */
const MANAGER = {} as EntityManager;

const user = (over: Partial<SessionUser> = {}): SessionUser => ({
  id: 'user-1',
  login: 'director',
  displayName: 'Director',
  role: 'director',
  regionId: REGION,
  agencyId: null,
  locale: null,
  passwordChangeRequired: false,
  ...over,
});
const actorOf = (u: SessionUser): Actor => ({ user: u, requestId: 'r-1', ip: '127.0.0.1' });

const aCycle = (status: CycleStatus, over: Partial<Cycle> = {}): Cycle => ({
  id: 'cycle-1',
  regionId: REGION,
  name: '2025',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  deadline: new Date('2026-02-01T00:00:00Z'),
  status,
  framework: { indices: [] } as unknown as Cycle['framework'],
  publishedAt: null,
  publication: 0,
  importedHistory: false,
  version: 3,
  createdAt: new Date('2025-01-01T00:00:00Z'),
  ...over,
});

const agency = (id: string, status: ExpectedAgency['status']): ExpectedAgency => ({
  id,
  code: id,
  name: { ru: id },
  status,
  hasValues: status !== null,
});

/**
 * In-memory stand-ins for the lifecycle's collaborators. A transaction works on a copy of the stored cycles and
 * keeps it only when the work succeeds, as PostgreSQL would; side effects are recorded in call order.
 */
function world(cycle: Cycle | null, agencies: ExpectedAgency[] = []) {
  let stored = new Map(cycle ? [[cycle.id, cycle]] : []);
  const calls: string[] = [];
  const audits: AuditFact[] = [];
  const frozen: Publication[] = [];
  const drafts: { cycleId: string; regionId: string }[] = [];
  const notices: string[] = [];
  const service = new CycleLifecycleService(
    {
      async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
        const working = new Map([...stored].map(([id, c]) => [id, { ...c }]));
        const committed = stored;
        stored = working;
        try {
          return await work(MANAGER);
        } catch (error) {
          stored = committed;
          throw error;
        }
      },
      async lock(_manager, cycleId) {
        // A fresh copy, like a row read from the database: later updates do not change it.
        const row = stored.get(cycleId);
        return row ? { ...row } : null;
      },
      async insert(_manager, fields) {
        calls.push('insert');
        const created: Cycle = {
          ...fields,
          id: `cycle-${stored.size + 1}`,
          publishedAt: null,
          version: 1,
          createdAt: NOW,
        };
        stored.set(created.id, created);
        return { ...created };
      },
      async update(_manager, cycleId, change: CycleStatusChange) {
        calls.push('update');
        Object.assign(stored.get(cycleId) as Cycle, change);
      },
    },
    { view: async (_manager, c) => toCycleView(c, 'Asia/Almaty') },
    { read: async (_manager, c, now) => publishSummaryOf(c, agencies, now.toISOString().slice(0, 10)) },
    {
      async createDrafts(_manager, cycleId, regionId) {
        calls.push('drafts');
        drafts.push({ cycleId, regionId });
      },
    },
    {
      async freezeResults(_manager, _cycle, at) {
        calls.push('freeze');
        frozen.push(at);
      },
    },
    {
      async record(_manager, _actor, fact) {
        calls.push('audit');
        audits.push(fact);
      },
    },
    {
      announce: async () => void calls.push('announce'),
      changedHere: () => void calls.push('changedHere'),
    },
    { now: () => NOW },
    {
      opened: async (_manager, c) => void notices.push(`opened:${c.id}`),
      published: async (_manager, c, publication) => void notices.push(`published:${c.id}:${publication}`),
    },
  );
  return { service, calls, audits, frozen, drafts, notices, stored: (id = 'cycle-1') => stored.get(id) };
}

/** The catalogue code and params of what `promise` was refused with. */
async function refusalOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpException)) throw new Error(`expected a refusal, got ${String(error)}`);
  const body = error.getResponse() as { code: string; params: unknown };
  return { status: error.getStatus(), code: body.code, params: body.params };
}

describe('CycleLifecycleService', () => {
  const director = actorOf(user());

  it('creates a cycle as an unpublished draft and audits it', async () => {
    const w = world(null);
    const changes = [{ field: 'name', old: null, new: '2026' }];
    const { regionId, periodStart, periodEnd, deadline, framework, importedHistory } = aCycle('draft');
    const fields = { regionId, name: '2026', periodStart, periodEnd, deadline, framework, importedHistory };
    const created = await w.service.create(MANAGER, fields, director, changes);
    expect(created).toMatchObject({ id: 'cycle-1', status: 'draft', publication: 0, name: '2026' });
    expect(w.stored('cycle-1')).toMatchObject({ status: 'draft' });
    expect(w.calls).toEqual(['insert', 'audit']);
    expect(w.audits).toEqual([
      {
        action: 'cycle.create',
        entity: 'cycle',
        entityId: 'cycle-1',
        regionId: REGION,
        cycleId: 'cycle-1',
        changes,
      },
    ]);
  });

  describe('status steps', () => {
    it('opens a draft: drafts for the region, new status and version, announced, audited and told', async () => {
      const w = world(aCycle('draft'));
      const view = await w.service.step('cycle-1', 'open', director);
      expect(view).toMatchObject({ status: 'open', version: 4 });
      expect(w.stored()).toMatchObject({ status: 'open', version: 4 });
      expect(w.drafts).toEqual([{ cycleId: 'cycle-1', regionId: REGION }]);
      expect(w.calls).toEqual(['drafts', 'update', 'announce', 'audit', 'changedHere']);
      expect(w.notices).toEqual(['opened:cycle-1']);
      expect(w.audits).toEqual([
        expect.objectContaining({
          action: 'cycle.open',
          entityId: 'cycle-1',
          changes: [{ field: 'status', old: 'draft', new: 'open' }],
          reason: null,
        }),
      ]);
    });

    it.each([
      ['close', 'open', 'review'],
      ['archive', 'published', 'archived'],
    ] as const)('%s moves %s to %s without making drafts', async (action, from, to) => {
      const w = world(aCycle(from));
      await expect(w.service.step('cycle-1', action, director)).resolves.toMatchObject({ status: to });
      expect(w.drafts).toEqual([]);
      expect(w.notices).toEqual([]);
      expect(w.audits[0]).toMatchObject({ action: `cycle.${action}` });
    });

    it('reopens a published cycle with its reason in the audit trail', async () => {
      const w = world(aCycle('published', { publication: 1 }));
      const reason = 'A value was entered in the wrong unit';
      await w.service.step('cycle-1', 'reopen', director, { version: 3, reason });
      expect(w.stored()).toMatchObject({ status: 'review', publication: 1 });
      expect(w.audits[0]).toMatchObject({ action: 'cycle.reopen', reason });
    });

    it('refuses a reopen against a stale version, writing nothing', async () => {
      const w = world(aCycle('published'));
      const refusal = await refusalOf(
        w.service.step('cycle-1', 'reopen', director, { version: 2, reason: 'A value was wrong' }),
      );
      expect(refusal).toMatchObject({ status: 409, code: 'record.stale_version' });
      expect(w.stored()).toMatchObject({ status: 'published', version: 3 });
      expect(w.calls).toEqual([]);
    });

    it('refuses a step from the wrong status with the state machine code, writing nothing', async () => {
      const w = world(aCycle('review'));
      expect(await refusalOf(w.service.step('cycle-1', 'open', director))).toEqual({
        status: 409,
        code: 'cycle.wrong_status',
        params: { action: 'open', status: 'review', expected: 'draft' },
      });
      expect(w.stored()).toMatchObject({ status: 'review', version: 3 });
      expect(w.calls).toEqual([]);
    });

    it('answers 404 for another region, and for a cycle that does not exist', async () => {
      const stranger = actorOf(user({ regionId: 'region-2' }));
      expect(await refusalOf(world(aCycle('draft')).service.step('cycle-1', 'open', stranger))).toMatchObject(
        {
          status: 404,
          code: 'record.not_found',
        },
      );
      expect(await refusalOf(world(null).service.step('cycle-1', 'open', director))).toMatchObject({
        status: 404,
        code: 'record.not_found',
      });
    });
  });

  describe('publishing', () => {
    it('freezes the results as the next publication, then marks the cycle published', async () => {
      const w = world(aCycle('review', { publication: 1 }), [agency('a', 'approved'), agency('b', 'draft')]);
      const view = await w.service.publish('cycle-1', director);
      expect(w.frozen).toEqual([{ publication: 2, publishedAt: NOW, publishedBy: 'user-1' }]);
      expect(w.stored()).toMatchObject({ status: 'published', publication: 2, publishedAt: NOW, version: 4 });
      expect(view).toMatchObject({ status: 'published', publishedAt: NOW.toISOString() });
      expect(w.calls).toEqual(['freeze', 'update', 'announce', 'audit', 'changedHere']);
      expect(w.notices).toEqual(['published:cycle-1:2']);
      expect(w.audits[0]).toMatchObject({
        action: 'cycle.publish',
        changes: [
          { field: 'status', old: 'review', new: 'published' },
          { field: 'publication', old: 1, new: 2 },
        ],
      });
    });

    it('refuses a cycle with nothing approved, freezing nothing', async () => {
      const w = world(aCycle('review'), [agency('a', 'submitted'), agency('b', null)]);
      expect(await refusalOf(w.service.publish('cycle-1', director))).toEqual({
        status: 409,
        code: 'cycles.nothing_approved',
        params: { expected: 2 },
      });
      expect(w.frozen).toEqual([]);
      expect(w.stored()).toMatchObject({ status: 'review', publication: 0 });
    });

    it('publishes imported history without approvals', async () => {
      const w = world(aCycle('review', { importedHistory: true }), [agency('a', null)]);
      await expect(w.service.publish('cycle-1', director)).resolves.toMatchObject({ status: 'published' });
      expect(w.frozen).toHaveLength(1);
    });

    it('refuses a cycle that is not in review, freezing nothing', async () => {
      const w = world(aCycle('open'), [agency('a', 'approved')]);
      expect(await refusalOf(w.service.publish('cycle-1', director))).toMatchObject({
        code: 'cycle.wrong_status',
        params: { action: 'publish', status: 'open', expected: 'review' },
      });
      expect(w.frozen).toEqual([]);
    });
  });
});
