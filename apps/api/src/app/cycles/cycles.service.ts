import { HttpStatus, Injectable } from '@nestjs/common';
import type {
  CycleFramework,
  CycleStatus,
  CycleView,
  ExtensionView,
  FrameworkDocument,
  Locale,
  PublishSummary,
  SessionUser,
} from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { ApiException, InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { announceCycleChange, CycleChangeFeed } from '../scores/cycle-change-feed';
import { cycleView, cycleViews } from './cycle-views';
import { Submission } from '../submissions/submission.entity';
import { Cycle } from './cycle.entity';
import { wrongStatus } from './cycle-refusals';
import { CreateCycleDto } from './dto/create-cycle.dto';
import { GrantExtensionDto } from './dto/extension.dto';
import { PutFrameworkDto, ReopenCycleDto, UpdateCycleDto } from './dto/update-cycle.dto';
import { sevenIndexTemplate } from './framework-template';
import { frameworkProblems } from './framework-rules';
import { readPublishSummary } from './publish-summary.reader';
import { defaultLocaleOfRegion } from '../regions/region-default-locale';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import { dayOffWarningsOfRegion, withWarnings } from '../regions/region-working-week';
import { Clock } from '../common/clock';
import { instantOf } from '../common/zoned-date';

/** draft → open → review → published → archived; a published cycle may go back to review with a reason. */
const TRANSITIONS: Record<'open' | 'close' | 'archive' | 'reopen', { from: CycleStatus; to: CycleStatus }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'review' },
  archive: { from: 'published', to: 'archived' },
  reopen: { from: 'published', to: 'review' },
};

export type CycleAction = keyof typeof TRANSITIONS;

@Injectable()
export class CyclesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changes: CycleChangeFeed,
    private readonly clock: Clock,
  ) {}

  async list(user: SessionUser, regionId?: string): Promise<CycleView[]> {
    const region = regionFor(user, regionId);
    const cycles = await this.dataSource
      .getRepository(Cycle)
      .find({ where: region ? { regionId: region } : {}, order: { periodEnd: 'DESC' } });
    return cycleViews(this.dataSource.manager, cycles);
  }

  /** One cycle as clients see it, naming its region's time zone. */
  view(cycle: Cycle): Promise<CycleView> {
    return cycleView(this.dataSource.manager, cycle);
  }

  async get(cycleId: string, user: SessionUser): Promise<Cycle> {
    const cycle = await this.dataSource.getRepository(Cycle).findOneBy({ id: cycleId });
    if (!cycle) throw new RecordNotFoundException('cycle', { id: cycleId });
    assertRegion(user, cycle.regionId, 'cycle');
    return cycle;
  }

  /** What publishing the cycle would publish now, and whether it would be refused (see `PublishSummary`). */
  async publishSummary(cycleId: string, user: SessionUser): Promise<PublishSummary> {
    const cycle = await this.get(cycleId, user);
    return readPublishSummary(this.dataSource.manager, cycle, this.clock.now());
  }

  async create(body: CreateCycleDto, actor: Actor): Promise<CycleView> {
    const regionId = actor.user.role === 'admin' ? body.regionId : actor.user.regionId;
    if (!regionId)
      throw new InvalidFieldsException([
        { field: 'regionId', code: 'field.required', problems: ['is required for a national admin'] },
      ]);
    checkPeriod(body.periodStart, body.periodEnd);
    const locale = await defaultLocaleOfRegion(this.dataSource.manager, regionId);
    const framework = await this.startingFramework(body, actor.user, locale);
    const deadline = instantOf(
      body.deadline,
      await timeZoneOfRegion(this.dataSource.manager, regionId),
      'end',
    );
    return this.dataSource.transaction(async (manager) => {
      const cycle = await manager.save(Cycle, {
        regionId,
        name: body.name,
        periodStart: body.periodStart,
        periodEnd: body.periodEnd,
        deadline,
        status: 'draft',
        framework,
        publication: 0,
        importedHistory: body.importedHistory ?? false,
      });
      await this.audit.record(manager, actor, {
        action: 'cycle.create',
        entity: 'cycle',
        entityId: cycle.id,
        regionId,
        cycleId: cycle.id,
        changes: fieldChanges(null, body, [
          'name',
          'periodStart',
          'periodEnd',
          'deadline',
          'template',
          'copyFromCycleId',
          'importedHistory',
        ]),
      });
      const warnings = await dayOffWarningsOfRegion(manager, regionId, [
        { field: 'deadline', instant: deadline },
      ]);
      return withWarnings(await cycleView(manager, cycle), warnings);
    });
  }

  async update(cycleId: string, body: UpdateCycleDto, actor: Actor): Promise<CycleView> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      if (cycle.version !== body.version) throw new StaleVersionException(await cycleView(manager, cycle));
      const next = {
        name: body.name ?? cycle.name,
        periodStart: body.periodStart ?? cycle.periodStart,
        periodEnd: body.periodEnd ?? cycle.periodEnd,
        deadline: body.deadline
          ? instantOf(body.deadline, await timeZoneOfRegion(manager, cycle.regionId), 'end')
          : cycle.deadline,
      };
      checkPeriod(next.periodStart, next.periodEnd);
      await manager.update(Cycle, cycle.id, { ...next, version: cycle.version + 1 });
      await this.audit.record(manager, actor, {
        action: 'cycle.update',
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: fieldChanges(cycle, next, ['name', 'periodStart', 'periodEnd', 'deadline']),
      });
      const warnings = body.deadline
        ? await dayOffWarningsOfRegion(manager, cycle.regionId, [
            { field: 'deadline', instant: next.deadline },
          ])
        : [];
      return withWarnings(
        await cycleView(manager, { ...cycle, ...next, version: cycle.version + 1 }),
        warnings,
      );
    });
  }

  async putFramework(cycleId: string, body: PutFrameworkDto, actor: Actor): Promise<CycleFramework> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      const problems = frameworkProblems(
        body.framework,
        await defaultLocaleOfRegion(manager, cycle.regionId),
      );
      if (problems.length) throw new InvalidFieldsException(problems, 'framework.invalid');
      if (cycle.status !== 'draft')
        throw new ApiException(HttpStatus.CONFLICT, 'cycle.framework_locked', { status: cycle.status });
      if (cycle.version !== body.version)
        throw new StaleVersionException({ version: cycle.version, framework: cycle.framework });
      await manager.update(Cycle, cycle.id, { framework: body.framework, version: cycle.version + 1 });
      await this.audit.record(manager, actor, {
        action: 'cycle.framework',
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: fieldChanges(cycle, body, ['framework']),
      });
      return { version: cycle.version + 1, framework: body.framework };
    });
  }

  async transition(
    cycleId: string,
    action: CycleAction,
    actor: Actor,
    reopen?: ReopenCycleDto,
  ): Promise<CycleView> {
    const { from, to } = TRANSITIONS[action];
    const view = await this.dataSource.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      if (cycle.status !== from) throw wrongStatus(action, cycle.status, from);
      if (reopen && cycle.version !== reopen.version)
        throw new StaleVersionException(await cycleView(manager, cycle));
      if (action === 'open') await this.createDraftSubmissions(manager, cycle);
      await manager.update(Cycle, cycle.id, { status: to, version: cycle.version + 1 });
      await announceCycleChange(manager, cycle.id);
      await this.audit.record(manager, actor, {
        action: `cycle.${action}`,
        entity: 'cycle',
        entityId: cycle.id,
        regionId: cycle.regionId,
        cycleId: cycle.id,
        changes: [{ field: 'status', old: from, new: to }],
        reason: reopen?.reason ?? null,
      });
      return cycleView(manager, { ...cycle, status: to, version: cycle.version + 1 });
    });
    this.changes.changedHere(cycleId);
    return view;
  }

  async grantExtension(cycleId: string, body: GrantExtensionDto, actor: Actor): Promise<ExtensionView> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      if (cycle.status !== 'open')
        throw new ApiException(HttpStatus.CONFLICT, 'cycle.extension_not_open', { status: cycle.status });
      const until = instantOf(body.until, await timeZoneOfRegion(manager, cycle.regionId), 'end');
      if (until <= cycle.deadline) {
        const deadline = cycle.deadline.toISOString();
        throw new InvalidFieldsException(
          [
            {
              field: 'until',
              code: 'field.not_after_deadline',
              params: { deadline },
              problems: ['must be later than the cycle deadline'],
            },
          ],
          'cycle.extension_too_early',
          { deadline },
        );
      }
      const submission = await manager.findOneBy(Submission, { cycleId, agencyId: body.agencyId });
      if (!submission)
        throw new ApiException(HttpStatus.NOT_FOUND, 'submission.none_for_agency', {
          cycleId,
          agencyId: body.agencyId,
        });
      await manager.update(Submission, submission.id, {
        extensionUntil: until,
        version: submission.version + 1,
      });
      await this.audit.record(manager, actor, {
        action: 'submission.extension',
        entity: 'submission',
        entityId: submission.id,
        regionId: cycle.regionId,
        agencyId: body.agencyId,
        cycleId,
        changes: [
          {
            field: 'extensionUntil',
            old: submission.extensionUntil?.toISOString() ?? null,
            new: until.toISOString(),
          },
        ],
        reason: body.reason,
      });
      const warnings = await dayOffWarningsOfRegion(manager, cycle.regionId, [
        { field: 'until', instant: until },
      ]);
      return withWarnings({ agencyId: body.agencyId, extensionUntil: until.toISOString() }, warnings);
    });
  }

  async extensions(cycleId: string, user: SessionUser): Promise<ExtensionView[]> {
    await this.get(cycleId, user);
    const rows = await this.dataSource
      .getRepository(Submission)
      .find({ where: { cycleId }, order: { extensionUntil: 'ASC' } });
    return rows
      .filter((s) => s.extensionUntil)
      .map((s) => ({ agencyId: s.agencyId, extensionUntil: (s.extensionUntil as Date).toISOString() }));
  }

  private async startingFramework(
    body: CreateCycleDto,
    user: SessionUser,
    locale: Locale,
  ): Promise<FrameworkDocument> {
    if (body.framework) {
      const problems = frameworkProblems(body.framework, locale);
      if (problems.length) throw new InvalidFieldsException(problems, 'framework.invalid');
      return body.framework;
    }
    if (body.copyFromCycleId) return structuredClone((await this.get(body.copyFromCycleId, user)).framework);
    return sevenIndexTemplate();
  }

  /** Opening a cycle gives every active agency of the region an empty draft to fill in. */
  private async createDraftSubmissions(manager: EntityManager, cycle: Cycle): Promise<void> {
    const agencies = await manager.find(Agency, {
      where: { regionId: cycle.regionId, active: true },
      select: { id: true },
    });
    if (agencies.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Submission)
      .values(agencies.map((a) => ({ cycleId: cycle.id, agencyId: a.id, status: 'draft' as const })))
      .orIgnore()
      .execute();
  }

  private async lock(manager: EntityManager, cycleId: string, user: SessionUser): Promise<Cycle> {
    const cycle = await manager
      .getRepository(Cycle)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: cycleId })
      .getOne();
    if (!cycle) throw new RecordNotFoundException('cycle', { id: cycleId });
    assertRegion(user, cycle.regionId, 'cycle');
    return cycle;
  }
}

function checkPeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart)
    throw new InvalidFieldsException(
      [
        {
          field: 'periodEnd',
          code: 'field.too_early',
          params: { other: 'periodStart', otherDate: periodStart },
          problems: ['must not be before periodStart'],
        },
      ],
      'cycle.period_reversed',
      { startDate: periodStart, endDate: periodEnd },
    );
}
