import { Inject, Injectable } from '@nestjs/common';
import type { CycleStatus, CycleView, SessionUser } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { type AuditFact, AuditService } from '../audit/audit.service';
import { StaleVersionException } from '../common/api-error';
import { Clock } from '../common/clock';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion } from '../common/scope';
import { CycleChangeFeed } from './cycle-change-feed';
import { CycleNotices } from './cycle-notices';
import type { Cycle } from './cycle.entity';
import { CycleSubmissions } from './cycle-submissions.port';
import { type CycleAction, cycleTransition, type LifecycleFacts, NO_FACTS } from './cycle-lifecycle';
import { lifecycleRefusal } from './cycle-refusals';
import { type NewCycle, CycleRepository } from './cycle.repository';
import { CycleViews } from './cycle-views';
import type { ReopenCycleDto } from './dto/update-cycle.dto';
import { PublishSummaryReader } from './publish-summary.reader';
import { ResultsFreezer } from './results-freezer';

/** The steps of an existing cycle that only change its status (publishing also freezes results). */
export type StatusStep = Exclude<CycleAction, 'create' | 'publish'>;

/**
 * Applies `cycleTransition` to stored cycles: each step locks the cycle, asks the state machine, writes the new
 * status with what the step brings (drafts on opening, frozen results on publishing), announces the change and
 * audits it, all in one transaction. Refusals are the state machine's codes as 409s; an unknown cycle or one of
 * another region answers 404. Each collaborator is narrowed to what a step calls, so the rules can be tested
 * against in-memory fakes.
 */
@Injectable()
export class CycleLifecycleService {
  constructor(
    @Inject(CycleRepository)
    private readonly cycles: Pick<CycleRepository, 'transaction' | 'lock' | 'insert' | 'update'>,
    @Inject(CycleViews) private readonly views: Pick<CycleViews, 'view'>,
    @Inject(PublishSummaryReader) private readonly summaries: Pick<PublishSummaryReader, 'read'>,
    @Inject(CycleSubmissions) private readonly submissions: Pick<CycleSubmissions, 'createDrafts'>,
    @Inject(ResultsFreezer) private readonly results: ResultsFreezer,
    @Inject(AuditService) private readonly audit: Pick<AuditService, 'record'>,
    @Inject(CycleChangeFeed) private readonly changes: Pick<CycleChangeFeed, 'announce' | 'changedHere'>,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
    @Inject(CycleNotices) private readonly notices: Pick<CycleNotices, 'opened' | 'published'>,
  ) {}

  /**
   * Stores a new cycle in the status the state machine's `create` step gives it (a draft, unpublished), and audits
   * it as `cycle.create` with `changes`, inside the caller's transaction.
   */
  async create(
    manager: EntityManager,
    cycle: Omit<NewCycle, 'status' | 'publication'>,
    actor: Actor,
    changes: NonNullable<AuditFact['changes']>,
  ): Promise<Cycle> {
    const status = this.next(null, 'create', NO_FACTS);
    const created = await this.cycles.insert(manager, { ...cycle, status, publication: 0 });
    await this.audit.record(manager, actor, {
      action: 'cycle.create',
      entity: 'cycle',
      entityId: created.id,
      regionId: created.regionId,
      cycleId: created.id,
      changes,
    });
    return created;
  }

  /**
   * Moves the cycle one step: open (draft → open, every active agency gets an empty draft and its editors are
   * told), close (open → review),
   * reopen (published → review, with a reason and the version the caller saw: 409 `record.stale_version` when
   * it changed) or archive (published → archived).
   */
  async step(cycleId: string, action: StatusStep, actor: Actor, reopen?: ReopenCycleDto): Promise<CycleView> {
    const view = await this.cycles.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      const to = this.next(cycle, action, NO_FACTS);
      if (reopen && cycle.version !== reopen.version)
        throw new StaleVersionException(await this.views.view(manager, cycle));
      if (action === 'open') await this.submissions.createDrafts(manager, cycle.id, cycle.regionId);
      const changed = { ...cycle, status: to, version: cycle.version + 1 };
      await this.cycles.update(manager, cycle.id, { status: to, version: changed.version });
      await this.changes.announce(manager, cycle.id);
      await this.audit.record(manager, actor, {
        action: `cycle.${action}`,
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: [{ field: 'status', old: cycle.status, new: to }],
        reason: reopen?.reason ?? null,
      });
      if (action === 'open') await this.notices.opened(manager, cycle);
      return this.views.view(manager, changed);
    });
    this.changes.changedHere(cycleId);
    return view;
  }

  /**
   * Publishes a cycle in review: the publish guard (see `publishSummaryOf`) must pass, then the scores module
   * freezes the results as the next publication and every account of the region is told. 409 `cycle.wrong_status` outside review, 409
   * `cycles.nothing_approved` when nothing is approved and the cycle is not imported history.
   */
  async publish(cycleId: string, actor: Actor): Promise<CycleView> {
    const view = await this.cycles.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      const publishedAt = this.clock.now();
      const to = this.next(cycle, 'publish', await this.summaries.read(manager, cycle, publishedAt));
      const publication = cycle.publication + 1;
      await this.results.freezeResults(manager, cycle, {
        publication,
        publishedAt,
        publishedBy: actor.user.id,
      });
      const changed = { ...cycle, status: to, publication, publishedAt, version: cycle.version + 1 };
      await this.cycles.update(manager, cycle.id, {
        status: to,
        publication,
        publishedAt,
        version: changed.version,
      });
      await this.changes.announce(manager, cycle.id);
      await this.audit.record(manager, actor, {
        action: 'cycle.publish',
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: [
          { field: 'status', old: cycle.status, new: to },
          { field: 'publication', old: cycle.publication, new: publication },
        ],
      });
      await this.notices.published(manager, cycle, publication);
      return this.views.view(manager, changed);
    });
    this.changes.changedHere(cycleId);
    return view;
  }

  /** Where the step leads, or throws its refusal. */
  private next(cycle: Cycle | null, action: CycleAction, facts: LifecycleFacts): CycleStatus {
    const transition = cycleTransition(cycle?.status ?? null, action, facts);
    if ('refusal' in transition) throw lifecycleRefusal(transition.refusal);
    return transition.to;
  }

  /** The cycle, row-locked so two steps on one cycle (two publishes, say) run one after the other. */
  private async lock(manager: EntityManager, cycleId: string, user: SessionUser): Promise<Cycle> {
    const cycle = await this.cycles.lock(manager, cycleId);
    if (!cycle) throw new RecordNotFoundException('cycle');
    assertRegion(user, cycle.regionId, 'cycle');
    return cycle;
  }
}
