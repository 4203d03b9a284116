import type { ContestStatistics, SeriesYearStatistics } from '@prgauge/contracts';
import { EntityManager, In } from 'typeorm';
import { applicationsOfContests } from '../applications/application-readers';
import type { ContestApplication } from '../applications/contest-application.entity';
import { authorKeys } from '../jury/conflict-rules';
import { heldContestsOfSeries, type SeriesContest } from '../setup/contest-readers';
import type { Contest } from '../setup/contest.entity';
import { enteredSeriesYears } from '../setup/series-years-reader';
import { ContestResult } from './contest-result.entity';

/** The people of an application: each author, with the lead organisation (see `authorKeys`). */
const peopleOf = (a: Pick<ContestApplication, 'authors' | 'organisations'>) =>
  authorKeys(a.authors, a.organisations);

/** People, counted once however many applications they filed; every author of an application is one. */
const participants = (rows: ContestApplication[]) => new Set(rows.flatMap(peopleOf)).size;

/**
 * The distinct people who won a nomination of a held year: from its published results, or, for the contest
 * being shown, from `current` (its ranking as it stands). Null for an earlier year not published yet.
 */
async function heldWinners(
  manager: EntityManager,
  contests: SeriesContest[],
  applications: ContestApplication[],
  current: { contestId: string; winners: number },
): Promise<number | null> {
  if (contests.some((c) => c.id === current.contestId)) return current.winners;
  if (contests.some((c) => c.resultsPublishedAt === null)) return null;
  const ids = applications.map((a) => a.id);
  const won = ids.length ? await manager.findBy(ContestResult, { applicationId: In(ids), winner: true }) : [];
  const byId = new Map(applications.map((a) => [a.id, a]));
  return new Set(won.map((r) => byId.get(r.applicationId)).flatMap((a) => (a ? peopleOf(a) : []))).size;
}

/**
 * Every year of the contest's series up to its own: years held here from their applications and results,
 * earlier years from the figures organisers entered. A year held here wins over figures entered for it.
 */
async function seriesYears(
  manager: EntityManager,
  contest: Contest,
  winners: number,
): Promise<SeriesYearStatistics[]> {
  // This year is this contest alone: another contest of the series in the same year is another region's.
  const held = (await heldContestsOfSeries(manager, contest.series, contest.year, contest.id)).filter(
    (c) => c.year < contest.year || c.id === contest.id,
  );
  const applications = await applicationsOfContests(
    manager,
    held.map((c) => c.id),
  );
  const years = new Map<number, SeriesYearStatistics>();
  for (const entered of await enteredSeriesYears(manager, contest.series, contest.year))
    years.set(entered.year, { ...entered, source: 'entered' });
  for (const year of new Set(held.map((c) => c.year))) {
    const contests = held.filter((c) => c.year === year);
    const ids = new Set(contests.map((c) => c.id));
    const own = applications.filter((a) => ids.has(a.contestId));
    years.set(year, {
      year,
      source: 'held',
      participants: participants(own),
      applications: own.length,
      winners: await heldWinners(manager, contests, own, { contestId: contest.id, winners }),
    });
  }
  return [...years.values()]
    .map(({ year, source, participants, applications, winners }) => ({
      year,
      source,
      participants,
      applications,
      winners,
    }))
    .sort((a, b) => a.year - b.year);
}

/**
 * Applications and distinct people, per nomination, and the series year by year. `winners` is the number of
 * distinct people who win a nomination of this contest in the ranking being shown.
 */
export async function contestStatistics(
  manager: EntityManager,
  contest: Contest,
  winners: number,
): Promise<ContestStatistics> {
  const series = await seriesYears(manager, contest, winners);
  const own = series.find((y) => y.year === contest.year);
  const perNomination: { nomination_id: string; applications: number }[] = await manager.query(
    `SELECT n.id AS nomination_id, count(an.application_id)::int AS applications
       FROM nomination n LEFT JOIN application_nomination an ON an.nomination_id = n.id
      WHERE n.contest_id = $1 GROUP BY n.id, n.position ORDER BY n.position`,
    [contest.id],
  );
  return {
    applications: own?.applications ?? 0,
    participants: own?.participants ?? 0,
    previousYearParticipants: series.find((y) => y.year === contest.year - 1)?.participants ?? null,
    perNomination: perNomination.map((p) => ({
      nominationId: p.nomination_id,
      applications: p.applications,
    })),
    series,
  };
}
