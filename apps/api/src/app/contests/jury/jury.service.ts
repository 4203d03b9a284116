import { Injectable } from '@nestjs/common';
import {
  criterionKind,
  LIMITS,
  type JurorTask,
  type JurorView,
  type JuryProgressRow,
  type SessionUser,
} from '@prgauge/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import {
  InvalidFieldsException,
  StaleVersionException,
  type FieldProblemInput,
} from '../../common/api-error';
import { displayNamesOf } from '../../users/account-references';
import { jurorCandidateAccount } from '../../users/juror-accounts.facade';
import { loadContest } from '../setup/contest-access';
import { assertPhaseAllows, ContestRecordNotFoundException, nameOf } from '../setup/contest-errors';
import { judgingRefusal, resultsPublishedRefusal } from '../setup/contest-phase';
import { jurorApplicationViews } from '../applications/application-views';
import { AssignJurorDto, DeclareConflictDto, ScoreSheetDto } from './dto/jury.dto';
import { jurorEligibility, openSeatsOrNotFound } from './jury-eligibility';
import { jurorWorkloads } from './juror-workloads';
import { ContestJuror, JurorConflict, ScoreSheet } from './jury.entities';
import { Nomination } from '../setup/nomination.entity';
import { Clock } from '../../common/clock';
import { ContestReminders } from '../notices/contest-reminders';
import { nominationById, nominationsOfContest } from '../setup/contest-readers';
import { applicationsByIds, existingApplication } from '../applications/application-readers';

/** Jurors per nomination, their conflicts and score sheets, and the organisers' view of their progress. */
@Injectable()
export class JuryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly reminders: ContestReminders,
  ) {}

  async assign(nominationId: string, body: AssignJurorDto, actor: Actor): Promise<JurorView> {
    return this.dataSource.transaction(async (manager) => {
      const nomination = await this.nomination(manager, nominationId);
      const contest = await loadContest(manager, nomination.contestId, actor.user, {
        organiser: true,
        notFound: 'nomination',
      });
      const account = await jurorCandidateAccount(manager, body.userId);
      if (!account || account.role !== 'juror' || !contest.regionIds.includes(account.regionId ?? ''))
        throw new InvalidFieldsException([
          {
            field: 'userId',
            code: 'jury.not_a_juror_account',
            problems: ["is not a juror account of the contest's regions"],
          },
        ]);
      if (await manager.existsBy(ContestJuror, { nominationId, userId: body.userId }))
        throw new InvalidFieldsException([
          {
            field: 'userId',
            code: 'jury.already_seated',
            params: { nominationId, nomination: nameOf(nomination.name) },
            problems: ['is a juror of this nomination already'],
          },
        ]);
      const juror = await manager.save(ContestJuror, {
        nominationId,
        userId: body.userId,
        organisation: body.organisation.trim(),
      });
      await this.audit.record(manager, actor, {
        action: 'contest.juror.assign',
        entity: 'nomination',
        entityId: nominationId,
        regionId: contest.regionIds[0],
        changes: [{ field: 'juror', old: null, new: account.login }],
      });
      // Seated once judging has begun: the sweep told the others already, so this juror hears of it now.
      if (!judgingRefusal(contest, this.clock.now()))
        await this.reminders.judgingOpen(manager, contest, [body.userId]);
      return { ...juror, name: account.displayName };
    });
  }

  /** Takes a juror off a nomination; the sheets they gave there stop counting, as their seat is gone. */
  async unassign(nominationId: string, userId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await this.nomination(manager, nominationId);
      const contest = await loadContest(manager, nomination.contestId, actor.user, {
        organiser: true,
        notFound: 'nomination',
      });
      assertPhaseAllows(resultsPublishedRefusal(contest, this.clock.now()));
      const seat = await manager.findOneBy(ContestJuror, { nominationId, userId });
      if (!seat) throw new ContestRecordNotFoundException('juror');
      await manager.delete(ContestJuror, { id: seat.id });
      await this.audit.record(manager, actor, {
        action: 'contest.juror.unassign',
        entity: 'nomination',
        entityId: nominationId,
        regionId: contest.regionIds[0],
        changes: [{ field: 'juror', old: userId, new: null }],
      });
    });
  }

  /** A juror's own applications to score, without anyone else's scores or any vote. */
  async tasks(contestId: string, user: SessionUser): Promise<JurorTask[]> {
    const manager = this.dataSource.manager;
    await loadContest(manager, contestId, user);
    const nominations = await nominationsOfContest(manager, contestId);
    const eligible = (
      await jurorEligibility(
        manager,
        nominations.map((n) => n.id),
        user.id,
      )
    ).filter((e) => !e.excluded);
    const applications = await applicationsByIds(manager, [...new Set(eligible.map((e) => e.applicationId))]);
    // A candidate's contact details are for organisers; jurors judge the work.
    const views = new Map((await jurorApplicationViews(manager, applications)).map((v) => [v.id, v]));
    const sheets = eligible.length
      ? await manager.findBy(ScoreSheet, { jurorId: user.id, nominationId: In(nominations.map((n) => n.id)) })
      : [];
    return eligible.flatMap((e) => {
      const application = views.get(e.applicationId);
      const sheet = sheets.find(
        (s) => s.nominationId === e.nominationId && s.applicationId === e.applicationId,
      );
      return application
        ? [
            {
              nominationId: e.nominationId,
              application,
              scores: sheet?.scores ?? null,
              comment: sheet?.comment ?? null,
              version: sheet?.version ?? null,
            },
          ]
        : [];
    });
  }

  /** A juror already kept from the application (or not seated for it) gets 404, as for an unknown one. */
  async declareConflict(applicationId: string, body: DeclareConflictDto, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await openSeatsOrNotFound(manager, { applicationId, userId: actor.user.id }, 'application');
      await manager
        .createQueryBuilder()
        .insert()
        .into(JurorConflict)
        .values({ applicationId, userId: actor.user.id, reason: body.reason })
        .orIgnore()
        .execute();
      // Sheets already given no longer count: a declared conflict excludes the juror from the application.
      await manager.delete(ScoreSheet, { applicationId, jurorId: actor.user.id });
      await this.audit.record(manager, actor, {
        action: 'contest.conflict.declare',
        entity: 'contest_application',
        entityId: applicationId,
        reason: body.reason,
      });
    });
  }

  async saveSheet(
    nominationId: string,
    applicationId: string,
    body: ScoreSheetDto,
    actor: Actor,
  ): Promise<JurorTask> {
    return this.dataSource.transaction(async (manager) => {
      const nomination = await this.nomination(manager, nominationId);
      const contest = await loadContest(manager, nomination.contestId, actor.user, {
        notFound: 'nomination',
      });
      // A conflict answers like an unknown application, before the phase, so that it cannot be probed.
      await openSeatsOrNotFound(
        manager,
        { applicationId, userId: actor.user.id, nominationId },
        'application',
      );
      assertPhaseAllows(judgingRefusal(contest, this.clock.now()));
      const problems = sheetProblems(nomination, body);
      if (problems.length) throw new InvalidFieldsException(problems);
      const existing = await manager.findOne(ScoreSheet, {
        where: { nominationId, applicationId, jurorId: actor.user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && body.version !== undefined && body.version !== existing.version)
        throw new StaleVersionException({ scores: existing.scores, version: existing.version });
      const scores = Object.fromEntries(juryCriteriaOf(nomination).map((c) => [c.key, body.scores[c.key]]));
      const sheet = await manager.save(ScoreSheet, {
        ...(existing ?? { nominationId, applicationId, jurorId: actor.user.id }),
        scores,
        comment: body.comment?.trim() || null,
      });
      await this.audit.record(manager, actor, {
        action: 'contest.sheet.save',
        entity: 'contest_application',
        entityId: applicationId,
        regionId: contest.regionIds[0],
      });
      const [application] = await jurorApplicationViews(manager, [
        await existingApplication(manager, applicationId),
      ]);
      return {
        nominationId,
        application,
        scores: sheet.scores,
        comment: sheet.comment,
        version: sheet.version,
      };
    });
  }

  /** Counts per juror and nomination: how many applications they have, have scored, and are kept from. */
  async progress(contestId: string, user: SessionUser): Promise<JuryProgressRow[]> {
    const manager = this.dataSource.manager;
    await loadContest(manager, contestId, user, { organiser: true });
    const nominations = await nominationsOfContest(manager, contestId);
    const workloads = await jurorWorkloads(
      manager,
      nominations.map((n) => n.id),
    );
    const names = await displayNamesOf(
      manager,
      workloads.map((w) => w.userId),
    );
    return workloads.map((w) => ({ ...w, name: names.get(w.userId) ?? '' }));
  }

  private async nomination(manager: EntityManager, id: string): Promise<Nomination> {
    const nomination = await nominationById(manager, id);
    if (!nomination) throw new ContestRecordNotFoundException('nomination');
    return nomination;
  }
}

/** The lowest and highest score of a criterion. */
export const SCORE_RANGE = LIMITS.juryScore;

/** The criteria jurors score; measured criteria come from the applications. */
const juryCriteriaOf = (nomination: Nomination) =>
  nomination.criteria.filter((c) => criterionKind(c) === 'jury');

/** Every jury criterion scored 0..10 and nothing else; the comment when the nomination requires one. */
export function sheetProblems(nomination: Nomination, body: ScoreSheetDto): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  const keys = new Set(juryCriteriaOf(nomination).map((c) => c.key));
  for (const key of Object.keys(body.scores))
    if (!keys.has(key))
      problems.push({
        field: `scores.${key}`,
        code: 'score.unknown_criterion',
        params: { criterion: key },
        problems: ['is not a criterion of this nomination'],
      });
  for (const criterion of juryCriteriaOf(nomination)) {
    const value = body.scores[criterion.key];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < SCORE_RANGE.min ||
      value > SCORE_RANGE.max
    )
      problems.push({
        field: `scores.${criterion.key}`,
        code: 'score.out_of_range',
        params: { criterion: criterion.key, criterionName: nameOf(criterion.name), ...SCORE_RANGE },
        problems: [`must be a number from ${SCORE_RANGE.min} to ${SCORE_RANGE.max}`],
      });
  }
  if (nomination.commentRequired && !body.comment?.trim())
    problems.push({
      field: 'comment',
      code: 'field.required',
      params: { nominationId: nomination.id, nomination: nameOf(nomination.name) },
      problems: ['is required in this nomination'],
    });
  return problems;
}
