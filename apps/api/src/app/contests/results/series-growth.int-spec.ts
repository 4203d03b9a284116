import type { ContestResults, ContestView, NominationView, SeriesYearView } from '@prgauge/contracts';
import {
  contestDates,
  CRITERIA,
  fileApplication,
  insertAccount,
  moveContest,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

/** Places of the nine nominations: 25 winning places in all, as in the Kaluga contest. */
const PLACES = [4, 3, 3, 3, 3, 3, 2, 2, 2];

/**
 * Who files where, as in the Kaluga social-media contest of 2023: 176 people file 229 applications in nine
 * nominations. Person 0 (the star) files in nominations 0, 1 and 2; persons 1 to 51 file twice; the other
 * 124 once. 3 + 51 × 2 + 124 = 229 applications from 1 + 51 + 124 = 176 people.
 */
function plan(): { person: number; nominations: number[] }[] {
  const people = Array.from({ length: 176 }, (_, person) => person);
  return people.map((person) => ({
    person,
    nominations: person === 0 ? [0, 1, 2] : person <= 51 ? [person % 9, (person + 4) % 9] : [person % 9],
  }));
}

/** Runs `work` over `items` a few at a time, so that filing 229 applications does not take a minute. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

describe('a yearly contest series: nine nominations, 229 applications from 176 people, growth from 85', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  let results: ContestResults;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { ru: 'Лучший специалист по социальным сетям' },
        organiser: { ru: 'Администрация губернатора Калужской области' },
        year: 2023,
        series: 'kaluga-smm',
        status: 'announced',
        ...contestDates('applications'),
      },
    });
    expect(created.statusCode).toBe(201);
    contest = created.json();
    const nominations: string[] = [];
    for (const [i, places] of PLACES.entries()) {
      const r = await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: { name: { ru: `Номинация ${i + 1}` }, places, criteria: CRITERIA, scoringMode: 'jury' },
      });
      nominations.push((r.json() as NominationView).id);
    }
    const filings = plan().flatMap(({ person, nominations: entered }) =>
      entered.map((k) => ({ person, nominationId: nominations[k] })),
    );
    const applications = await inBatches(filings, async (f) => ({
      ...f,
      id: await fileApplication(director, contest.id, `Участник ${f.person}`, `Учреждение ${f.person}`, [
        f.nominationId,
      ]),
    }));
    await inBatches(applications, async (a) => {
      const r = await director({
        method: 'POST',
        url: `/api/contest-applications/${a.id}/screening`,
        payload: { status: 'accepted' },
      });
      expect(r.statusCode).toBe(201);
    });
    const juror = await insertAccount(testApp, 'commission', 'juror', fx.region.id);
    for (const nominationId of nominations)
      await director({
        method: 'POST',
        url: `/api/nominations/${nominationId}/jurors`,
        payload: { userId: juror.id, organisation: 'Экспертная комиссия' },
      });
    await moveContest(testApp, contest.id, 'judging');
    const commission = await callerFor(testApp, 'commission');
    // The star gets full marks; in each nomination people who filed once get 9, 8.5, 8…, one more than its places.
    const scored = nominations.flatMap((nominationId, k) => {
      const own = applications.filter((a) => a.nominationId === nominationId);
      const star = own.filter((a) => a.person === 0);
      const rest = own.filter((a) => a.person > 51).slice(0, PLACES[k] + 1);
      return [...star.map((a) => ({ a, mark: 10 })), ...rest.map((a, i) => ({ a, mark: 9 - i * 0.5 }))];
    });
    await inBatches(scored, async ({ a, mark }) => {
      const r = await commission({
        method: 'PUT',
        url: `/api/nominations/${a.nominationId}/applications/${a.id}/score-sheet`,
        payload: { scores: { quality: mark, rating: mark, subscribers: mark } },
      });
      expect(r.statusCode).toBe(200);
    });
    await moveContest(testApp, contest.id, 'over');
    const published = await director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
    expect(published.statusCode).toBe(201);
    results = published.json();
  }, 240_000);
  afterAll(() => testApp.close());

  it('counts 229 applications from 176 people in nine nominations', () => {
    expect(results.nominations).toHaveLength(9);
    expect([results.statistics.applications, results.statistics.participants]).toEqual([229, 176]);
    const perNomination = results.statistics.perNomination.map((p) => p.applications);
    expect(perNomination.reduce((sum, n) => sum + n, 0)).toBe(229);
  });

  it('has 25 winning places and one person who took first place in three nominations', () => {
    const winners = results.nominations.flatMap((n) => n.rows.filter((r) => r.winner));
    expect(winners).toHaveLength(25);
    expect(results.multipleWinners).toEqual([
      { candidateName: 'Участник 0', candidateOrganisation: 'Учреждение 0', wins: 3 },
    ]);
    const firsts = results.nominations.filter((n) => n.rows[0]?.candidateName === 'Участник 0');
    expect(firsts.map((n) => n.rows[0].rank)).toEqual([1, 1, 1]);
  });

  it('shows growth from 85 people in 2021, entered as a figure, to 176 in 2023', async () => {
    const entered = await director({
      method: 'PUT',
      url: `/api/contests/${contest.id}/series-history/2021`,
      payload: { participants: 85 },
    });
    expect([entered.statusCode, entered.json()]).toEqual([
      200,
      { series: 'kaluga-smm', year: 2021, participants: 85, applications: null, winners: null, version: 1 },
    ] as [number, SeriesYearView]);
    const r = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/results` });
    const { statistics } = r.json() as ContestResults;
    // 25 winning rows, the star's three counted once: 23 people won.
    expect(statistics.series).toEqual([
      { year: 2021, source: 'entered', participants: 85, applications: null, winners: null },
      { year: 2023, source: 'held', participants: 176, applications: 229, winners: 23 },
    ]);
    // 2022 has no figure: the year before is unknown, not zero.
    expect(statistics.previousYearParticipants).toBeNull();
  });

  it("counts only this contest in its own year, not another region's contest of the same series", async () => {
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    const other = await foreign({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { ru: 'Лучший специалист по социальным сетям' },
        organiser: { ru: 'Южная дирекция' },
        year: 2023,
        series: 'kaluga-smm',
        status: 'announced',
        ...contestDates('applications'),
      },
    });
    const nomination = await foreign({
      method: 'POST',
      url: `/api/contests/${(other.json() as ContestView).id}/nominations`,
      payload: { name: { ru: 'Страницы' }, scoringMode: 'vote' },
    });
    const otherId = (other.json() as ContestView).id;
    await fileApplication(foreign, otherId, 'Сторонний участник', 'Южное учреждение', [
      (nomination.json() as NominationView).id,
    ]);
    const r = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/results` });
    const { statistics } = r.json() as ContestResults;
    expect([
      statistics.applications,
      statistics.participants,
      statistics.series.at(-1)?.applications,
    ]).toEqual([229, 176, 229]);
  });
});
