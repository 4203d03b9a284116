import { Injectable } from '@nestjs/common';
import type { SeriesYearView, SessionUser } from '@prgauge/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import {
  InvalidFieldsException,
  StaleVersionException,
  type FieldProblemInput,
} from '../../common/api-error';
import { loadContest } from './contest-access';
import { heldContestsOfSeries } from './contest-readers';
import type { Contest } from './contest.entity';
import type { SeriesYearDto } from './dto/series-year.dto';
import { SeriesYear } from './series-year.entity';
import { toSeriesYearView } from './series-years-reader';

/** The earliest year a series can be entered for: older press releases are not a contest's history. */
export const SERIES_FIRST_YEAR = 1950;

const FIGURES = ['participants', 'applications', 'winners'] as const;

/**
 * What is wrong with figures for `year` of the contest's series: the year must be a whole year before the
 * contest's own and from {@link SERIES_FIRST_YEAR}; at least one figure is given; winners are not more than
 * participants. A year held here is refused by the service (`contest.series_year_held`).
 */
export function seriesYearProblems(
  year: string,
  contestYear: number,
  body: SeriesYearDto,
): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  const value = Number(year);
  if (!/^\d{4}$/.test(year))
    problems.push({ field: 'year', code: 'field.format', params: { format: 'YYYY' }, problems: ['a year'] });
  else if (value < SERIES_FIRST_YEAR)
    problems.push({
      field: 'year',
      code: 'field.too_small',
      params: { min: SERIES_FIRST_YEAR },
      problems: [],
    });
  else if (value >= contestYear)
    problems.push({ field: 'year', code: 'field.too_large', params: { max: contestYear - 1 }, problems: [] });
  if (FIGURES.every((f) => body[f] === undefined || body[f] === null))
    problems.push({ field: 'participants', code: 'field.required', problems: ['give at least one figure'] });
  const { participants, winners } = body;
  if (participants != null && winners != null && winners > participants)
    problems.push({ field: 'winners', code: 'field.too_large', params: { max: participants }, problems: [] });
  return problems;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/**
 * Earlier years of a contest's series, entered by its organisers as figures (participants, applications,
 * winners) when those years predate the product, so that the statistics can show the series' growth.
 */
@Injectable()
export class SeriesHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The entered years of the contest's series, oldest first; organisers only (404 otherwise). */
  async list(contestId: string, user: SessionUser): Promise<SeriesYearView[]> {
    const manager = this.dataSource.manager;
    const contest = await loadContest(manager, contestId, user, { organiser: true });
    const years = await manager.find(SeriesYear, {
      where: { series: contest.series },
      order: { year: 'ASC' },
    });
    return years.map(toSeriesYearView);
  }

  /**
   * Enters or changes the figures of `year`. 400 naming `year`, `participants` or `winners`; 409
   * `record.stale_version` with the year as it stands when `version` is missing or stale for an entered year.
   */
  async set(contestId: string, year: string, body: SeriesYearDto, actor: Actor): Promise<SeriesYearView> {
    let series: string | null = null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const contest = await loadContest(manager, contestId, actor.user, { organiser: true });
        series = contest.series;
        const problems = seriesYearProblems(year, contest.year, body);
        if (!problems.length && (await this.heldHere(manager, contest, Number(year))))
          problems.push({
            field: 'year',
            code: 'contest.series_year_held',
            params: { year: Number(year) },
            problems: ['held here'],
          });
        if (problems.length) throw new InvalidFieldsException(problems);
        return this.save(manager, contest, Number(year), body, actor);
      });
    } catch (error) {
      // Two organisers entering the same new year at once: the second sees the first's figures.
      if (series !== null && isUniqueViolation(error)) {
        const current = await this.dataSource.manager.findOneBy(SeriesYear, { series, year: Number(year) });
        throw new StaleVersionException(current ? toSeriesYearView(current) : null);
      }
      throw error;
    }
  }

  /** Removes the figures of `year`; removing a year nobody entered changes nothing. */
  async remove(contestId: string, year: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user, { organiser: true });
      if (!/^\d{4}$/.test(year)) return;
      const entered = await manager.findOneBy(SeriesYear, { series: contest.series, year: Number(year) });
      if (!entered) return;
      await manager.delete(SeriesYear, { id: entered.id });
      await this.record(manager, actor, contest, 'contest.series_year.delete', entered, null);
    });
  }

  private async save(
    manager: EntityManager,
    contest: Contest,
    year: number,
    body: SeriesYearDto,
    actor: Actor,
  ): Promise<SeriesYearView> {
    const existing = await manager.findOne(SeriesYear, {
      where: { series: contest.series, year },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && existing.version !== body.version)
      throw new StaleVersionException(toSeriesYearView(existing));
    const figure = (key: (typeof FIGURES)[number]) =>
      body[key] === undefined ? (existing?.[key] ?? null) : body[key];
    const saved = await manager.save(SeriesYear, {
      ...(existing ?? { series: contest.series, year }),
      participants: figure('participants'),
      applications: figure('applications'),
      winners: figure('winners'),
    });
    await this.record(manager, actor, contest, 'contest.series_year.set', existing, saved);
    return toSeriesYearView(saved);
  }

  private async heldHere(manager: EntityManager, contest: Contest, year: number): Promise<boolean> {
    const held = await heldContestsOfSeries(manager, contest.series, year, contest.id);
    return held.some((c) => c.year === year);
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    contest: Contest,
    action: 'contest.series_year.set' | 'contest.series_year.delete',
    before: SeriesYear | null,
    after: SeriesYear | null,
  ) {
    const year = (after ?? before)?.year;
    return this.audit.record(manager, actor, {
      action,
      entity: 'contest',
      entityId: contest.id,
      regionId: contest.regionIds[0],
      changes: FIGURES.filter((f) => (before?.[f] ?? null) !== (after?.[f] ?? null)).map((f) => ({
        field: `series.${year}.${f}`,
        old: before?.[f] ?? null,
        new: after?.[f] ?? null,
      })),
    });
  }
}
