import { HttpStatus, Injectable } from '@nestjs/common';
import type {
  CycleFramework,
  CycleView,
  ExtensionView,
  FrameworkDocument,
  Locale,
  Page,
  PublishSummary,
  SessionUser,
} from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Not, type Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { ApiException, InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { cycleView, cycleViews } from './cycle-views';
import { assertCycleVisible, hidesDrafts, publishedCycles } from './cycle-record.facade';
import { CycleRepository } from './cycle.repository';
import { CycleChangeFeed } from './cycle-change-feed';
import { CycleLifecycleService } from './cycle-lifecycle.service';
import { CycleNotices } from './cycle-notices';
import { Cycle } from './cycle.entity';
import { CreateCycleDto } from './dto/create-cycle.dto';
import { GrantExtensionDto } from './dto/extension.dto';
import { PutFrameworkDto, UpdateCycleDto } from './dto/update-cycle.dto';
import { sevenIndexTemplate } from './framework-template';
import { frameworkProblems } from './framework-rules';
import { PublishSummaryReader } from './publish-summary.reader';
import { CycleSubmissions } from './cycle-submissions.port';
import { defaultLocaleOfRegion } from '../regions/region-default-locale';
import { targetRegion } from '../regions/target-region';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import { dayOffWarningsOfRegion, withWarnings } from '../regions/region-working-week';
import { Clock } from '../common/clock';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { dayIn, instantOf } from '../common/zoned-date';

/** What a cycle list shows of each cycle (see `toCycleView`). */
const LISTED_CYCLE_COLUMNS = {
  id: true,
  regionId: true,
  name: true,
  periodStart: true,
  periodEnd: true,
  deadline: true,
  status: true,
  publishedAt: true,
  importedHistory: true,
  version: true,
} as const;

@Injectable()
export class CyclesService {
  constructor(
    @InjectRepository(Cycle) private readonly repository: Repository<Cycle>,
    private readonly cycles: CycleRepository,
    private readonly summaries: PublishSummaryReader,
    private readonly submissions: CycleSubmissions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly lifecycle: CycleLifecycleService,
    private readonly notices: CycleNotices,
    private readonly changes: CycleChangeFeed,
  ) {}

  private get manager(): EntityManager {
    return this.repository.manager;
  }

  /**
   * One page of the cycles the caller may see, newest period first (then by id, so the order is total): a
   * director's or editor's region's (an agency editor's without drafts, see `assertCycleVisible`), a national
   * admin's every region's unless `regionId` names one.
   */
  async list(user: SessionUser, regionId: string | undefined, window: PageWindow): Promise<Page<CycleView>> {
    const region = regionFor(user, regionId);
    const query = this.repository.createQueryBuilder('c').setFindOptions({
      where: {
        ...(region ? { regionId: region } : {}),
        ...(hidesDrafts(user) ? { status: Not('draft' as const) } : {}),
      },
      // A framework is tens of kilobytes and no part of the list: reading every region's would cost the most.
      select: LISTED_CYCLE_COLUMNS,
      order: { periodEnd: 'DESC', id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    const [cycles, total] = await pageRowsOf(this.manager, query, window);
    return pageOf(await cycleViews(this.manager, cycles), total, window);
  }

  /** Published and archived cycles, newest first, of one region or of all: public, so no scope applies. */
  async listPublished(regionId?: string): Promise<CycleView[]> {
    return cycleViews(this.manager, await publishedCycles(this.manager, regionId, 'DESC'));
  }

  /** One cycle as clients see it, naming its region's time zone. */
  view(cycle: Cycle): Promise<CycleView> {
    return cycleView(this.manager, cycle);
  }

  async get(cycleId: string, user: SessionUser): Promise<Cycle> {
    const cycle = await this.repository.findOneBy({ id: cycleId });
    if (!cycle) throw new RecordNotFoundException('cycle');
    assertCycleVisible(user, cycle);
    return cycle;
  }

  /** What publishing the cycle would publish now, and whether it would be refused (see `PublishSummary`). */
  async publishSummary(cycleId: string, user: SessionUser): Promise<PublishSummary> {
    const cycle = await this.get(cycleId, user);
    return this.summaries.read(this.manager, cycle, this.clock.now());
  }

  async create(body: CreateCycleDto, actor: Actor): Promise<CycleView> {
    const regionId = await targetRegion(this.manager, actor.user, body.regionId);
    checkPeriod(body.periodStart, body.periodEnd);
    const locale = await defaultLocaleOfRegion(this.manager, regionId);
    const framework = await this.startingFramework(body, actor.user, locale);
    const timeZone = await timeZoneOfRegion(this.manager, regionId);
    const deadline = instantOf(deadlineOf(body), timeZone, 'end');
    checkDeadline(deadline, body.periodStart, timeZone);
    return this.manager.transaction(async (manager) => {
      const fields = {
        regionId,
        name: body.name,
        periodStart: body.periodStart,
        periodEnd: body.periodEnd,
        deadline,
        framework,
        importedHistory: body.importedHistory ?? false,
      };
      const changes = fieldChanges(null, body, [
        'name',
        'periodStart',
        'periodEnd',
        'deadline',
        'template',
        'copyFromCycleId',
        'importedHistory',
      ]);
      const cycle = await this.lifecycle.create(manager, fields, actor, changes);
      // Imported history has no deadline anyone works to, so no day off to warn of.
      const warnings = fields.importedHistory
        ? []
        : await dayOffWarningsOfRegion(manager, regionId, [{ field: 'deadline', instant: deadline }]);
      return withWarnings(await cycleView(manager, cycle), warnings);
    });
  }

  /**
   * Renames a cycle or moves its period or deadline: 409 `record.stale_version` when `body.version` is not the
   * cycle's. A moved period is announced on the change feed, because the periods decide which published cycle is
   * another's "last cycle", whose values every instance keeps.
   */
  async update(cycleId: string, body: UpdateCycleDto, actor: Actor): Promise<CycleView> {
    let periodMoved = false;
    const view = await this.manager.transaction(async (manager) => {
      const cycle = await this.lock(manager, cycleId, actor.user);
      if (cycle.version !== body.version) throw new StaleVersionException(await cycleView(manager, cycle));
      const timeZone = await timeZoneOfRegion(manager, cycle.regionId);
      const next = {
        name: body.name ?? cycle.name,
        periodStart: body.periodStart ?? cycle.periodStart,
        periodEnd: body.periodEnd ?? cycle.periodEnd,
        deadline: body.deadline ? instantOf(body.deadline, timeZone, 'end') : cycle.deadline,
      };
      checkPeriod(next.periodStart, next.periodEnd);
      // Only a moved deadline or period is checked, so a cycle saved before this rule can still be renamed.
      if (body.deadline || body.periodStart) checkDeadline(next.deadline, next.periodStart, timeZone);
      await manager.update(Cycle, cycle.id, { ...next, version: cycle.version + 1 });
      periodMoved = next.periodStart !== cycle.periodStart || next.periodEnd !== cycle.periodEnd;
      if (periodMoved) await this.changes.announce(manager, cycle.id);
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
    if (periodMoved) this.changes.changedHere(cycleId);
    return view;
  }

  async putFramework(cycleId: string, body: PutFrameworkDto, actor: Actor): Promise<CycleFramework> {
    return this.manager.transaction(async (manager) => {
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

  async grantExtension(cycleId: string, body: GrantExtensionDto, actor: Actor): Promise<ExtensionView> {
    return this.manager.transaction(async (manager) => {
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
      const extended = await this.submissions.extend(manager, cycleId, body.agencyId, until);
      await this.audit.record(manager, actor, {
        action: 'submission.extension',
        entity: 'submission',
        entityId: extended.submissionId,
        regionId: cycle.regionId,
        agencyId: body.agencyId,
        cycleId,
        changes: [
          {
            field: 'extensionUntil',
            old: extended.previous?.toISOString() ?? null,
            new: until.toISOString(),
          },
        ],
        reason: body.reason,
      });
      await this.notices.extended(manager, cycle, {
        agencyId: body.agencyId,
        submissionId: extended.submissionId,
        until,
      });
      const warnings = await dayOffWarningsOfRegion(manager, cycle.regionId, [
        { field: 'until', instant: until },
      ]);
      return withWarnings({ agencyId: body.agencyId, extensionUntil: until.toISOString() }, warnings);
    });
  }

  async extensions(cycleId: string, user: SessionUser): Promise<ExtensionView[]> {
    await this.get(cycleId, user);
    return this.submissions.extensionsOf(this.manager, cycleId);
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

  private async lock(manager: EntityManager, cycleId: string, user: SessionUser): Promise<Cycle> {
    const cycle = await this.cycles.lock(manager, cycleId);
    if (!cycle) throw new RecordNotFoundException('cycle');
    assertRegion(user, cycle.regionId, 'cycle');
    return cycle;
  }
}

/** The deadline asked for; imported history, which nobody submits, may leave it out for the end of its period. */
function deadlineOf(body: CreateCycleDto): string {
  if (body.deadline !== undefined) return body.deadline;
  if (body.importedHistory) return body.periodEnd;
  throw new InvalidFieldsException([
    { field: 'deadline', code: 'field.required', problems: ['is required, except for imported history'] },
  ]);
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

/**
 * A deadline falls on or after the period's first day, in the region's zone: nothing can be reported for a period
 * that has not begun. 400 `request.invalid` naming `deadline` (`field.too_early`), as the dashboard's cycle form
 * refuses it before sending.
 */
function checkDeadline(deadline: Date, periodStart: string, timeZone: string): void {
  if (dayIn(deadline, timeZone) >= periodStart) return;
  throw new InvalidFieldsException([
    {
      field: 'deadline',
      code: 'field.too_early',
      params: { other: 'periodStart', otherDate: periodStart },
      problems: ['must not be before periodStart'],
    },
  ]);
}
