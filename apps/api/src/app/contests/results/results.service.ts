import { Injectable } from '@nestjs/common';
import type { ContestResults, ContestView, CriteriaReview, SessionUser } from '@prgauge/contracts';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { personKey } from '../jury/conflict-rules';
import { loadContest } from '../setup/contest-access';
import { assertPhaseAllows, ContestRecordNotFoundException } from '../setup/contest-errors';
import { publicationRefusal, resultsRefusal } from '../setup/contest-phase';
import { ContestResult } from './contest-result.entity';
import { rankNomination, RankedEntry } from './contest-scoring';
import { contestViews } from '../setup/contest-views';
import { Contest } from '../setup/contest.entity';
import { jurorEligibility } from '../jury/jury-eligibility';
import { contestStatistics } from './results-statistics';
import { Clock } from '../../common/clock';
import { ContestNotices } from '../notices/contest-notices';
import { nominationsOfContest } from '../setup/contest-readers';
import {
  acceptedEntriesOf,
  applicationsOfContest,
  verifiedMeasuresOf,
} from '../applications/application-readers';
import { displayNamesOf } from '../../users/account-references';
import { criteriaReviews } from './criteria-review';
import { sheetsOfNominations } from '../jury/score-sheet-readers';

/** Rankings computed from sheets and votes: previewed by organisers, frozen at publication, then public. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notices: ContestNotices,
  ) {}

  async preview(contestId: string, user: SessionUser): Promise<ContestResults> {
    const manager = this.dataSource.manager;
    const contest = await loadContest(manager, contestId, user, { organiser: true });
    const rankings = await this.compute(manager, contest.id);
    return this.assemble(manager, contest, rankings, await this.reviews(manager, contest.id));
  }

  /** Per nomination and application, what the organiser checks before publishing: juror totals, spread, unverified values. */
  private async reviews(
    manager: EntityManager,
    contestId: string,
  ): Promise<Map<string, Map<string, CriteriaReview>>> {
    const nominations = await nominationsOfContest(manager, contestId);
    const ids = nominations.map((n) => n.id);
    const { entries } = await acceptedEntriesOf(manager, ids);
    const sheets = await this.countedSheets(manager, ids);
    const measures = await verifiedMeasuresOf(manager, ids);
    const names = await displayNamesOf(manager, [...new Set(sheets.map((s) => s.jurorId))]);
    return new Map(
      nominations.map((n) => [
        n.id,
        criteriaReviews(
          n,
          entries.filter((e) => e.nominationId === n.id).map((e) => e.applicationId),
          sheets.filter((s) => s.nominationId === n.id),
          measures.filter((m) => m.nominationId === n.id),
          names,
        ),
      ]),
    );
  }

  /** The sheets that count: those of jurors not excluded from the application by a conflict of interest. */
  private async countedSheets(manager: EntityManager, nominationIds: string[]) {
    const allowed = new Set(
      (await jurorEligibility(manager, nominationIds))
        .filter((e) => !e.excluded)
        .map((e) => `${e.nominationId}|${e.applicationId}|${e.userId}`),
    );
    return (await sheetsOfNominations(manager, nominationIds)).filter((s) =>
      allowed.has(`${s.nominationId}|${s.applicationId}|${s.jurorId}`),
    );
  }

  async publish(contestId: string, actor: Actor): Promise<ContestResults> {
    return this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user, { organiser: true, lock: true });
      const now = this.clock.now();
      assertPhaseAllows(publicationRefusal(contest, now));
      const rankings = await this.compute(manager, contest.id);
      if (rankings.size) await manager.delete(ContestResult, { nominationId: In([...rankings.keys()]) });
      const rows = [...rankings].flatMap(([nominationId, ranked]) =>
        ranked.map((r) => ({ ...r, nominationId })),
      );
      if (rows.length) await manager.insert(ContestResult, rows);
      contest.resultsPublishedAt = now;
      const saved = await manager.save(Contest, contest);
      await this.audit.record(manager, actor, {
        action: 'contest.results.publish',
        entity: 'contest',
        entityId: contest.id,
        regionId: contest.regionIds[0],
      });
      await this.notices.resultsPublished(manager, saved);
      return this.assemble(manager, saved, rankings);
    });
  }

  /**
   * The published results of a contest the user organises, for its winners' certificates: 404 to anyone else,
   * like a missing contest, and the phase's 409 before publication.
   */
  async publishedForOrganiser(contestId: string, user: SessionUser): Promise<ContestResults> {
    await loadContest(this.dataSource.manager, contestId, user, { organiser: true });
    return this.published(contestId);
  }

  /** Contests whose results are out, newest first: what anonymous visitors may see. */
  async publishedContests(): Promise<ContestView[]> {
    const contests = await this.dataSource.getRepository(Contest).find({
      where: { status: 'announced', resultsPublishedAt: LessThanOrEqual(this.clock.now()) },
      order: { resultsPublishedAt: 'DESC' },
    });
    return contestViews(this.dataSource.manager, contests, this.clock.now());
  }

  /** The frozen results of an announced contest; before publication 409 names the phase and dates. */
  async published(contestId: string): Promise<ContestResults> {
    const manager = this.dataSource.manager;
    const contest = await manager.findOneBy(Contest, {
      id: contestId,
      status: 'announced',
    });
    if (!contest) throw new ContestRecordNotFoundException('contest');
    assertPhaseAllows(resultsRefusal(contest, this.clock.now()));
    const nominations = await nominationsOfContest(manager, contestId);
    const stored = nominations.length
      ? await manager.find(ContestResult, {
          where: { nominationId: In(nominations.map((n) => n.id)) },
          order: { rank: 'ASC' },
        })
      : [];
    const rankings = new Map<string, RankedEntry[]>(
      nominations.map((n) => [n.id, stored.filter((r) => r.nominationId === n.id)]),
    );
    return this.assemble(manager, contest, rankings);
  }

  /** Rankings per nomination from accepted applications, the sheets of jurors not excluded, and the votes. */
  private async compute(manager: EntityManager, contestId: string): Promise<Map<string, RankedEntry[]>> {
    const nominations = await nominationsOfContest(manager, contestId);
    const ids = nominations.map((n) => n.id);
    const entries: { nomination_id: string; application_id: string; filed_at: Date; votes: number }[] =
      ids.length
        ? await manager.query(
            `SELECT an.nomination_id, a.id AS application_id, a.filed_at,
                  (SELECT count(*)::int FROM contest_vote v WHERE v.nomination_id = an.nomination_id AND v.application_id = a.id) AS votes
             FROM application_nomination an JOIN contest_application a ON a.id = an.application_id
            WHERE an.nomination_id = ANY($1) AND a.screening = 'accepted'`,
            [ids],
          )
        : [];
    const sheets = await this.countedSheets(manager, ids);
    const measures = await verifiedMeasuresOf(manager, ids);
    return new Map(
      nominations.map((n) => [
        n.id,
        rankNomination(
          n,
          entries
            .filter((e) => e.nomination_id === n.id)
            .map((e) => ({
              applicationId: e.application_id,
              filedAt: new Date(e.filed_at).getTime(),
              votes: e.votes,
            })),
          sheets
            .filter((s) => s.nominationId === n.id)
            .map((s) => ({ jurorId: s.jurorId, applicationId: s.applicationId, scores: s.scores })),
          measures.filter((m) => m.nominationId === n.id),
        ),
      ]),
    );
  }

  private async assemble(
    manager: EntityManager,
    contest: Contest,
    rankings: Map<string, RankedEntry[]>,
    reviews?: Map<string, Map<string, CriteriaReview>>,
  ): Promise<ContestResults> {
    const [view] = await contestViews(manager, [contest], this.clock.now());
    const applications = new Map((await applicationsOfContest(manager, contest.id)).map((a) => [a.id, a]));
    const person = (id: string) => {
      const a = applications.get(id);
      return a ? personKey(a.candidateName, a.candidateOrganisation) : id;
    };
    const wins = new Map<string, number>();
    for (const ranked of rankings.values())
      for (const r of ranked)
        if (r.winner) wins.set(person(r.applicationId), (wins.get(person(r.applicationId)) ?? 0) + 1);
    const nominations = view.nominations.map((nomination) => {
      const ranked = rankings.get(nomination.id) ?? [];
      return {
        nomination,
        applications: ranked.length,
        rows: byPlaceThenName(ranked, applications).map((r) => {
          const a = applications.get(r.applicationId);
          return {
            applicationId: r.applicationId,
            candidateName: a?.candidateName ?? '',
            candidateOrganisation: a?.candidateOrganisation ?? '',
            projectTitle: a?.projectTitle ?? '',
            juryScore: r.juryScore === null ? null : round(r.juryScore),
            votes: r.votes,
            score: r.score === null ? null : round(r.score),
            rank: r.rank,
            winner: r.winner,
            multipleWinner: r.winner && (wins.get(person(r.applicationId)) ?? 0) > 1,
            ...reviewOf(reviews, nomination.id, r.applicationId),
          };
        }),
      };
    });
    const multipleWinners = [...wins]
      .filter(([, count]) => count > 1)
      .map(([key, count]) => {
        const a = [...applications.values()].find(
          (x) => personKey(x.candidateName, x.candidateOrganisation) === key,
        );
        return {
          candidateName: a?.candidateName ?? '',
          candidateOrganisation: a?.candidateOrganisation ?? '',
          wins: count,
        };
      });
    return {
      contest: view,
      statistics: await contestStatistics(manager, contest, wins.size),
      nominations,
      multipleWinners,
    };
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The preview's review of one row; published results carry none. */
const reviewOf = (
  reviews: Map<string, Map<string, CriteriaReview>> | undefined,
  nominationId: string,
  applicationId: string,
): { review?: CriteriaReview } => {
  const review = reviews?.get(nominationId)?.get(applicationId);
  return review ? { review } : {};
};

/** Rows by place; within a shared place by the candidate's name, so that no order suggests a ranking. */
function byPlaceThenName(ranked: RankedEntry[], applications: Map<string, { candidateName: string }>) {
  const name = (id: string) => applications.get(id)?.candidateName ?? '';
  return [...ranked].sort(
    (a, b) => a.rank - b.rank || name(a.applicationId).localeCompare(name(b.applicationId)),
  );
}
