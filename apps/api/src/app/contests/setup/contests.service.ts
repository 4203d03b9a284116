import { Injectable } from '@nestjs/common';
import type { ContestView, DayOffWarning, SessionUser } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { fieldChanges } from '../../audit/field-changes';
import { InvalidFieldsException, StaleVersionException } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { instantOf, optionalInstantOf } from '../../common/zoned-date';
import { allRegionsExist } from '../../regions/known-regions.facade';
import { timeZoneOfRegion } from '../../regions/region-time-zone';
import { dayOffWarningsOfRegion, withWarnings } from '../../regions/region-working-week';
import { canSeeContest, loadContest } from './contest-access';
import { countApplicationsOfContest } from '../applications/application-readers';
import { countSheetsOfNominations } from '../jury/score-sheet-readers';
import { countVotesOfNominations } from '../voting/vote-readers';
import { contestDateProblems } from './contest-dates';
import { keptDates, nominationModes, shapeNominationProblems } from './contest-shape';
import { nominationsOfContest } from './contest-readers';
import { heldPhaseMoves } from './held-phase-dates';
import { assertPhaseAllows } from './contest-errors';
import { resultsPublishedRefusal } from './contest-phase';
import { contestViews } from './contest-views';
import { Contest } from './contest.entity';
import { CreateContestDto, UpdateContestDto } from './dto/contest.dto';

const FIELDS: (keyof Contest & string)[] = [
  'title',
  'organiser',
  'regionIds',
  'year',
  'series',
  'rules',
  'status',
  'shape',
  'applicationsOpenAt',
  'applicationsCloseAt',
  'judgingStartAt',
  'judgingEndAt',
  'votingStartAt',
  'votingEndAt',
  'liveCounts',
];

/** Contests and their nominations, organised by directors in their region and national admins anywhere. */
@Injectable()
export class ContestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: SessionUser): Promise<ContestView[]> {
    const contests = await this.dataSource
      .getRepository(Contest)
      .find({ order: { year: 'DESC', createdAt: 'ASC' } });
    return contestViews(
      this.dataSource.manager,
      contests.filter((c) => canSeeContest(user, c)),
      this.clock.now(),
    );
  }

  async get(contestId: string, user: SessionUser): Promise<ContestView> {
    const contest = await loadContest(this.dataSource.manager, contestId, user);
    return (await contestViews(this.dataSource.manager, [contest], this.clock.now()))[0];
  }

  async create(body: CreateContestDto, actor: Actor): Promise<ContestView> {
    return this.dataSource.transaction(async (manager) => {
      const regionIds = await this.regions(manager, actor.user, body.regionIds);
      const zone = await timeZoneOfRegion(manager, regionIds[0]);
      const fields = {
        shape: body.shape ?? 'combined',
        applicationsOpenAt: instantOf(body.applicationsOpenAt, zone, 'start'),
        applicationsCloseAt: instantOf(body.applicationsCloseAt, zone, 'end'),
        judgingStartAt: optionalInstantOf(body.judgingStartAt, zone, 'start') ?? null,
        judgingEndAt: optionalInstantOf(body.judgingEndAt, zone, 'end') ?? null,
        votingStartAt: optionalInstantOf(body.votingStartAt, zone, 'start') ?? null,
        votingEndAt: optionalInstantOf(body.votingEndAt, zone, 'end') ?? null,
      };
      const problems = contestDateProblems(fields);
      if (problems.length) throw new InvalidFieldsException(problems);
      const contest = await manager.save(Contest, {
        ...fields,
        title: body.title,
        organiser: body.organiser,
        regionIds,
        year: body.year,
        series: body.series,
        rules: body.rules ?? null,
        status: body.status ?? 'draft',
        resultsPublishedAt: null,
        liveCounts: body.liveCounts ?? false,
      });
      await this.audit.record(manager, actor, {
        action: 'contest.create',
        entity: 'contest',
        entityId: contest.id,
        regionId: regionIds[0],
        changes: fieldChanges(null, contest, FIELDS),
      });
      const warnings = await windowEndWarnings(manager, body, contest);
      return withWarnings((await contestViews(manager, [contest], this.clock.now()))[0], warnings);
    });
  }

  async update(contestId: string, body: UpdateContestDto, actor: Actor): Promise<ContestView> {
    return this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user, { organiser: true, lock: true });
      if (contest.version !== body.version)
        throw new StaleVersionException((await contestViews(manager, [contest], this.clock.now()))[0]);
      assertPhaseAllows(resultsPublishedRefusal(contest, this.clock.now()));
      const regionIds = body.regionIds
        ? await this.regions(manager, actor.user, body.regionIds)
        : contest.regionIds;
      // Days are read in the zone of the region the contest will have once saved.
      const zone = await timeZoneOfRegion(manager, regionIds[0]);
      const shape = body.shape ?? contest.shape;
      const kept = keptDates(contest, shape, body);
      const next: Contest = {
        ...contest,
        regionIds,
        title: body.title ?? contest.title,
        organiser: body.organiser ?? contest.organiser,
        year: body.year ?? contest.year,
        series: body.series ?? contest.series,
        rules: body.rules === undefined ? contest.rules : body.rules,
        status: body.status ?? contest.status,
        shape,
        liveCounts: body.liveCounts ?? contest.liveCounts,
        applicationsOpenAt:
          optionalInstantOf(body.applicationsOpenAt, zone, 'start') ?? contest.applicationsOpenAt,
        applicationsCloseAt:
          optionalInstantOf(body.applicationsCloseAt, zone, 'end') ?? contest.applicationsCloseAt,
        judgingStartAt:
          body.judgingStartAt === undefined
            ? kept.judgingStartAt
            : optionalInstantOf(body.judgingStartAt, zone, 'start'),
        judgingEndAt:
          body.judgingEndAt === undefined
            ? kept.judgingEndAt
            : optionalInstantOf(body.judgingEndAt, zone, 'end'),
        votingStartAt:
          body.votingStartAt === undefined
            ? kept.votingStartAt
            : optionalInstantOf(body.votingStartAt, zone, 'start'),
        votingEndAt:
          body.votingEndAt === undefined
            ? kept.votingEndAt
            : optionalInstantOf(body.votingEndAt, zone, 'end'),
      };
      const problems = [
        ...contestDateProblems(next),
        ...shapeNominationProblems(shape, await nominationModes(manager, contest.id)),
      ];
      if (problems.length) throw new InvalidFieldsException(problems);
      await assertNoSilentMoveOverHeldData(manager, contest, next, body.dateChangeReason, this.clock.now());
      const saved = await manager.save(Contest, next);
      await this.audit.record(manager, actor, {
        action: 'contest.update',
        entity: 'contest',
        entityId: contest.id,
        regionId: contest.regionIds[0],
        changes: fieldChanges(contest, saved, FIELDS),
        reason: body.dateChangeReason ?? null,
      });
      const warnings = await windowEndWarnings(manager, body, saved);
      return withWarnings((await contestViews(manager, [saved], this.clock.now()))[0], warnings);
    });
  }

  /** A director's own region; the existing regions a national admin names. */
  private async regions(manager: EntityManager, user: SessionUser, requested?: string[]): Promise<string[]> {
    if (user.role !== 'admin') {
      if (requested && requested.some((id) => id !== user.regionId))
        throw new InvalidFieldsException([
          { field: 'regionIds', code: 'contest.own_region_only', problems: ['must be your own region'] },
        ]);
      return [user.regionId ?? ''];
    }
    const ids = [...new Set(requested ?? [])];
    if (ids.length === 0)
      throw new InvalidFieldsException([
        { field: 'regionIds', code: 'field.required', problems: ['is required for a national admin'] },
      ]);
    if (!(await allRegionsExist(manager, ids)))
      throw new InvalidFieldsException([
        {
          field: 'regionIds',
          code: 'field.unknown_reference',
          problems: ['names a region that does not exist'],
        },
      ]);
    return ids;
  }
}

/**
 * Phase integrity: refuses (400, each moved date named with `contest.date_moves_held_data`) a date change that
 * shortens, reopens or removes a phase holding applications, score sheets or votes, unless the organiser gives
 * a reason, which the update's audit entry keeps. The counts come from the modules that own the data.
 */
async function assertNoSilentMoveOverHeldData(
  manager: EntityManager,
  before: Contest,
  after: Contest,
  reason: string | undefined,
  now: Date,
): Promise<void> {
  if (reason || !DATE_FIELDS.some((f) => before[f]?.getTime() !== after[f]?.getTime())) return;
  const nominationIds = (await nominationsOfContest(manager, before.id)).map((n) => n.id);
  const held = {
    applications: await countApplicationsOfContest(manager, before.id),
    score_sheets: await countSheetsOfNominations(manager, nominationIds),
    votes: await countVotesOfNominations(manager, nominationIds),
  };
  const moves = heldPhaseMoves(before, after, held, now);
  if (moves.length) throw new InvalidFieldsException(moves);
}

const DATE_FIELDS = [
  'applicationsOpenAt',
  'applicationsCloseAt',
  'judgingStartAt',
  'judgingEndAt',
  'votingStartAt',
  'votingEndAt',
] as const;

const WINDOW_ENDS = ['applicationsCloseAt', 'judgingEndAt', 'votingEndAt'] as const;

/** The window ends a write gave that fall on a day off in the contest's first region, whose zone read them. */
function windowEndWarnings(
  manager: EntityManager,
  body: Partial<Record<(typeof WINDOW_ENDS)[number], string | null>>,
  contest: Contest,
): Promise<DayOffWarning[]> {
  const dates = WINDOW_ENDS.flatMap((field) => {
    const instant = contest[field];
    return typeof body[field] === 'string' && instant ? [{ field, instant }] : [];
  });
  return dayOffWarningsOfRegion(manager, contest.regionIds[0], dates);
}
