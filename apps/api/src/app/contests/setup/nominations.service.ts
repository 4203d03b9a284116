import { HttpStatus, Injectable } from '@nestjs/common';
import { MODES_OF_SHAPE } from '@prgauge/contracts';
import type { AuditAction, ContestShape, NominationView, ScoringMode, TieBreak } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService, type AuditFact } from '../../audit/audit.service';
import { fieldChanges } from '../../audit/field-changes';
import {
  ApiException,
  InvalidFieldsException,
  StaleVersionException,
  type FieldProblemInput,
} from '../../common/api-error';
import { loadContest } from './contest-access';
import { assertPhaseAllows, ContestRecordNotFoundException, nameOf } from './contest-errors';
import { nominationEditRefusal, resultsPublishedRefusal } from './contest-phase';
import { modeFitsShape } from './contest-shape';
import { toNominationView } from './contest-views';
import { Contest } from './contest.entity';
import { CreateNominationDto, CriterionDto, UpdateNominationDto } from './dto/contest.dto';
import { measuredCriteriaProblems, storedCriterion } from './nomination-criteria';
import { DEFAULT_DISAGREEMENT_THRESHOLD, Nomination } from './nomination.entity';
import { Clock } from '../../common/clock';
import { countApplicationsIn } from '../applications/application-readers';

const FIELDS: (keyof Nomination & string)[] = [
  'name',
  'places',
  'criteria',
  'scoringMode',
  'juryShare',
  'commentRequired',
  'normaliseJurors',
  'prizeAmount',
  'prizeCurrency',
  'disagreementThreshold',
  'tieBreaks',
];

/** The fields whose combination has rules: a jury needs criteria, a combined mode its share, a prize a currency. */
interface NominationRules {
  criteria: CriterionDto[];
  scoringMode: ScoringMode;
  juryShare: number | undefined;
  prizeAmount: number | null;
  prizeCurrency: string | null;
  tieBreaks: TieBreak[];
}

export function nominationProblems(n: NominationRules): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  const repeatedStep = n.tieBreaks.find((step, i) => n.tieBreaks.indexOf(step) !== i);
  if (repeatedStep !== undefined)
    problems.push({
      field: 'tieBreaks',
      code: 'nomination.duplicate_tie_break',
      params: { tieBreak: repeatedStep },
      problems: ['each tie-break may appear once'],
    });
  const keys = n.criteria.map((c) => c.key);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated !== undefined)
    problems.push({
      field: 'criteria',
      code: 'nomination.duplicate_criterion',
      params: { key: repeated },
      problems: ['criterion keys must differ'],
    });
  if (n.scoringMode !== 'vote' && n.criteria.length === 0)
    problems.push({
      field: 'criteria',
      code: 'nomination.criteria_required',
      params: { scoringMode: n.scoringMode },
      problems: ['a jury needs at least one criterion'],
    });
  if (n.scoringMode === 'combined' && n.juryShare === undefined)
    problems.push({
      field: 'juryShare',
      code: 'field.required',
      params: { scoringMode: n.scoringMode },
      problems: ['is required in combined mode'],
    });
  if ((n.prizeAmount === null) !== (n.prizeCurrency === null))
    problems.push({
      field: 'prizeCurrency',
      code: 'contest.pair_incomplete',
      params: { other: 'prizeAmount' },
      problems: ['give both prizeAmount and prizeCurrency, or neither'],
    });
  problems.push(...measuredCriteriaProblems(n.criteria));
  return problems;
}

/** A nomination's scoring mode the contest's shape does not allow (`nomination.mode_not_in_shape`). */
function shapeProblems(shape: ContestShape, mode: ScoringMode): FieldProblemInput[] {
  return modeFitsShape(shape, mode)
    ? []
    : [
        {
          field: 'scoringMode',
          code: 'nomination.mode_not_in_shape',
          params: { shape, allowed: MODES_OF_SHAPE[shape].join(', ') },
          problems: [`a ${shape} contest allows ${MODES_OF_SHAPE[shape].join(', ')}`],
        },
      ];
}

/** The mode a nomination gets when none is given: the shape's own, or none (required) when combined. */
const defaultModeOf = (shape: ContestShape): ScoringMode | undefined =>
  shape === 'combined' ? undefined : MODES_OF_SHAPE[shape][0];

/** The jury's share follows from the mode: all of it, none of it, or the organisers' choice when combined. */
const juryShareOf = (mode: ScoringMode, share: number | undefined) =>
  mode === 'jury' ? 1 : mode === 'vote' ? 0 : (share ?? 1);

/** Nominations of a contest: set up, changed and removed by organisers until judging and voting start. */
@Injectable()
export class NominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Adds a nomination at the end of the contest's list; answers with the new nomination. */
  async add(contestId: string, body: CreateNominationDto, actor: Actor): Promise<NominationView> {
    const given = {
      criteria: body.criteria ?? [],
      juryShare: body.juryShare,
      prizeAmount: body.prizeAmount ?? null,
      prizeCurrency: body.prizeCurrency ?? null,
      tieBreaks: body.tieBreaks ?? [],
    };
    // What the body alone shows is refused before the contest is read; the shape's rules need the contest.
    if (body.scoringMode) {
      const problems = nominationProblems({ ...given, scoringMode: body.scoringMode });
      if (problems.length) throw new InvalidFieldsException(problems);
    }
    return this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user, { organiser: true, lock: true });
      assertPhaseAllows(nominationEditRefusal(contest, this.clock.now()));
      const scoringMode = body.scoringMode ?? defaultModeOf(contest.shape);
      if (!scoringMode)
        throw new InvalidFieldsException([
          {
            field: 'scoringMode',
            code: 'field.required',
            params: { shape: contest.shape },
            problems: ['is required in a combined contest'],
          },
        ]);
      const rules = { ...given, scoringMode };
      const problems = [...shapeProblems(contest.shape, scoringMode), ...nominationProblems(rules)];
      if (problems.length) throw new InvalidFieldsException(problems);
      const position = await manager.countBy(Nomination, { contestId });
      const nomination = await manager.save(Nomination, {
        contestId,
        name: body.name,
        places: body.places ?? 1,
        criteria: rules.criteria.map(storedCriterion),
        scoringMode,
        juryShare: juryShareOf(scoringMode, body.juryShare),
        commentRequired: body.commentRequired ?? false,
        normaliseJurors: body.normaliseJurors ?? false,
        prizeAmount: rules.prizeAmount,
        prizeCurrency: rules.prizeCurrency,
        disagreementThreshold: body.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD,
        position,
        tieBreaks: rules.tieBreaks,
      });
      await this.record(manager, actor, contest, 'contest.nomination.add', nomination.id, [
        { field: 'nomination', old: null, new: nomination.id },
      ]);
      return toNominationView(nomination);
    });
  }

  /** Changes any field and answers with the nomination; a stale version gets 409 with it as it stands. */
  async update(nominationId: string, body: UpdateNominationDto, actor: Actor): Promise<NominationView> {
    return this.dataSource.transaction(async (manager) => {
      // The disagreement threshold changes no score, only the preview's flags: it may change while judging.
      const thresholdOnly = Object.entries(body).every(
        ([k, v]) => v === undefined || k === 'version' || k === 'disagreementThreshold',
      );
      const refusal = thresholdOnly ? resultsPublishedRefusal : nominationEditRefusal;
      const { nomination, contest } = await this.load(manager, nominationId, actor, refusal);
      if (nomination.version !== body.version) throw new StaleVersionException(toNominationView(nomination));
      const scoringMode = body.scoringMode ?? nomination.scoringMode;
      const rules = {
        criteria: body.criteria ?? nomination.criteria,
        scoringMode,
        juryShare:
          body.juryShare ?? (nomination.scoringMode === 'combined' ? nomination.juryShare : undefined),
        prizeAmount: body.prizeAmount === undefined ? nomination.prizeAmount : body.prizeAmount,
        prizeCurrency: body.prizeCurrency === undefined ? nomination.prizeCurrency : body.prizeCurrency,
        tieBreaks: body.tieBreaks ?? nomination.tieBreaks,
      };
      const problems = [...shapeProblems(contest.shape, scoringMode), ...nominationProblems(rules)];
      if (problems.length) throw new InvalidFieldsException(problems);
      const saved = await manager.save(Nomination, {
        ...nomination,
        name: body.name ?? nomination.name,
        places: body.places ?? nomination.places,
        criteria: rules.criteria.map(storedCriterion),
        scoringMode,
        juryShare: juryShareOf(scoringMode, rules.juryShare),
        commentRequired: body.commentRequired ?? nomination.commentRequired,
        normaliseJurors: body.normaliseJurors ?? nomination.normaliseJurors,
        prizeAmount: rules.prizeAmount,
        prizeCurrency: rules.prizeCurrency,
        disagreementThreshold: body.disagreementThreshold ?? nomination.disagreementThreshold,
        tieBreaks: rules.tieBreaks,
      });
      await this.record(
        manager,
        actor,
        contest,
        'contest.nomination.update',
        nomination.id,
        fieldChanges(nomination, saved, FIELDS),
      );
      return toNominationView(saved);
    });
  }

  /** Removes a nomination nobody has applied to; its jurors' seats go with it. */
  async remove(nominationId: string, actor: Actor): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { nomination, contest } = await this.load(manager, nominationId, actor);
      const applications = await countApplicationsIn(manager, nominationId);
      if (applications > 0)
        throw new ApiException(HttpStatus.CONFLICT, 'nomination.has_applications', {
          nominationId,
          nomination: nameOf(nomination.name),
          applications,
        });
      await manager.delete(Nomination, { id: nominationId });
      await this.record(manager, actor, contest, 'contest.nomination.delete', nomination.id, [
        { field: 'nomination', old: nomination.id, new: null },
      ]);
    });
  }

  /** The nomination and its contest, for an organiser, while the phase allows the change (`refusal`). */
  private async load(
    manager: EntityManager,
    nominationId: string,
    actor: Actor,
    refusal: typeof nominationEditRefusal = nominationEditRefusal,
  ) {
    const nomination = await manager.findOne(Nomination, {
      where: { id: nominationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!nomination) throw new ContestRecordNotFoundException('nomination');
    const contest = await loadContest(manager, nomination.contestId, actor.user, {
      organiser: true,
      notFound: 'nomination',
    });
    assertPhaseAllows(refusal(contest, this.clock.now()));
    return { nomination, contest };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    contest: Contest,
    action: AuditAction,
    nominationId: string,
    changes: NonNullable<AuditFact['changes']>,
  ) {
    return this.audit.record(manager, actor, {
      action,
      entity: 'nomination',
      entityId: nominationId,
      regionId: contest.regionIds[0],
      changes,
    });
  }
}
