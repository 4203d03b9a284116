import type { ContestView, NominationView } from '@prgauge/contracts';
import {
  announceContest,
  contestDates,
  fieldProblemsOf,
  moveContest,
  refusalOf,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const TITLE = {
  ru: 'Лучший пресс-секретарь',
  kk: 'Үздік баспасөз хатшысы',
  fa: 'بهترین سخنگو',
  en: 'Best press secretary',
};

/** Organisers edit a contest and its nominations until judging starts; nobody else touches them. */
describe('contest and nomination editing', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let admin: Caller;
  let outsiders: Record<'south-director' | 'editor', Caller>;
  let contest: ContestView;
  let smm: NominationView;
  let spare: NominationView;

  const patchNomination = (caller: Caller, id: string, payload: object) =>
    caller({ method: 'PATCH', url: `/api/nominations/${id}`, payload });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    admin = await callerFor(testApp, fx.logins.admin);
    outsiders = {
      'south-director': await callerFor(testApp, fx.logins.foreignDirector),
      editor: await callerFor(testApp, fx.logins.editorA),
    };
    contest = await announceContest(director, {
      title: { en: 'Draft title' },
      organiser: { en: 'Zhetysu news hub' },
      year: 2025,
      series: 'best-press-secretary',
    });
    const added: NominationView[] = [];
    for (const name of ['Social media', 'Spare']) {
      const r = await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: {
          name: { en: name },
          scoringMode: 'jury',
          criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
        },
      });
      expect(r.statusCode).toBe(201);
      added.push(r.json());
    }
    [smm, spare] = added;
    const filed = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/applications`,
      payload: {
        candidateName: 'Aigerim Sadykova',
        candidatePosition: 'Press secretary',
        candidateOrganisation: 'Akimat',
        filedBy: 'organisation',
        nominationIds: [smm.id],
        projectTitle: 'Open akimat',
        description: 'Answers to every journalist within the hour.',
        personalDataConsent: true,
      },
    });
    expect(filed.statusCode).toBe(201);
  }, 120_000);
  afterAll(() => testApp.close());

  it('answers an added nomination with the nomination itself, which the contest then lists', async () => {
    expect(smm).toMatchObject({
      contestId: contest.id,
      name: { en: 'Social media' },
      places: 1,
      scoringMode: 'jury',
      juryShare: 1,
      version: 1,
    });
    expect(smm.criteria).toEqual([{ key: 'quality', name: { en: 'Quality' }, weight: 1 }]);
    const listed = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    expect(listed.nominations).toEqual([smm, spare]);
  });

  it('changes every nomination field: names, places, prize, weighted criteria, comments and combined mode', async () => {
    const r = await patchNomination(director, smm.id, {
      version: smm.version,
      name: { ru: 'Соцсети', kk: 'Әлеуметтік желілер', fa: 'شبکه‌های اجتماعی', en: 'Social media' },
      places: 3,
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
      criteria: [
        { key: 'content_quality', name: { en: 'Content quality' }, weight: 3 },
        { key: 'page_rating', name: { en: 'Page rating' }, weight: 2 },
        { key: 'subscribers', name: { en: 'Subscribers' }, weight: 1 },
      ],
      commentRequired: true,
      normaliseJurors: true,
      scoringMode: 'combined',
      juryShare: 0.7,
    });
    expect(r.statusCode).toBe(200);
    const changed: NominationView = r.json();
    expect(changed).toMatchObject({
      id: smm.id,
      name: { fa: 'شبکه‌های اجتماعی' },
      places: 3,
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
      commentRequired: true,
      normaliseJurors: true,
      scoringMode: 'combined',
      juryShare: 0.7,
      version: smm.version + 1,
    });
    expect(changed.criteria.map((c) => [c.key, c.weight])).toEqual([
      ['content_quality', 3],
      ['page_rating', 2],
      ['subscribers', 1],
    ]);
    smm = changed;
  });

  it('clears the prize with null, and refuses a half prize or a combined mode without its share, by field', async () => {
    const cleared = await patchNomination(director, smm.id, {
      version: smm.version,
      prizeAmount: null,
      prizeCurrency: null,
    });
    smm = cleared.json();
    expect([smm.prizeAmount, smm.prizeCurrency]).toEqual([null, null]);
    const half = await patchNomination(director, smm.id, { version: smm.version, prizeAmount: 5 });
    expect(fieldProblemsOf(half)).toEqual([
      { field: 'prizeCurrency', code: 'contest.pair_incomplete', params: { other: 'prizeAmount' } },
    ]);
    const share = await patchNomination(director, spare.id, {
      version: spare.version,
      scoringMode: 'combined',
    });
    expect(fieldProblemsOf(share)).toEqual([
      { field: 'juryShare', code: 'field.required', params: { scoringMode: 'combined' } },
    ]);
    const twice = await patchNomination(director, spare.id, {
      version: spare.version,
      criteria: [
        { key: 'q', name: { en: 'Q' }, weight: 1 },
        { key: 'q', name: { en: 'Q again' }, weight: 1 },
      ],
    });
    expect(fieldProblemsOf(twice)).toEqual([
      { field: 'criteria', code: 'nomination.duplicate_criterion', params: { key: 'q' } },
    ]);
    const weight = await patchNomination(director, spare.id, {
      version: spare.version,
      criteria: [{ key: 'q', name: { en: 'Q' }, weight: 0 }],
    });
    expect([weight.statusCode, weight.json().details[0].field]).toEqual([400, 'criteria[0].weight']);
  });

  it('answers a stale version with 409 and the nomination as it stands', async () => {
    const r = await patchNomination(director, smm.id, { version: smm.version - 1, places: 9 });
    expect([r.statusCode, r.json().current.places]).toEqual([409, 3]);
  });

  it('refuses another region’s director and an agency editor', async () => {
    const south = await patchNomination(outsiders['south-director'], smm.id, {
      version: smm.version,
      places: 1,
    });
    expect(refusalOf(south)).toEqual([404, 'record.not_found', { record: 'nomination' }]);
    const editor = await patchNomination(outsiders.editor, smm.id, { version: smm.version, places: 1 });
    expect(editor.statusCode).toBe(403);
    for (const caller of Object.values(outsiders))
      expect([404, 403]).toContain(
        (await caller({ method: 'DELETE', url: `/api/nominations/${spare.id}` })).statusCode,
      );
    for (const [name, caller] of Object.entries(outsiders)) {
      const r = await caller({
        method: 'PATCH',
        url: `/api/contests/${contest.id}`,
        payload: { version: contest.version, organiser: { en: 'Intruder' } },
      });
      expect([name, r.statusCode]).toEqual([name, name === 'editor' ? 403 : 404]);
    }
  });

  it('deletes a nomination without applications with 204, and refuses one with applications', async () => {
    const refused = await director({ method: 'DELETE', url: `/api/nominations/${smm.id}` });
    expect(refusalOf(refused)).toEqual([
      409,
      'nomination.has_applications',
      { nominationId: smm.id, nomination: 'Social media', applications: 1 },
    ]);
    const deleted = await director({ method: 'DELETE', url: `/api/nominations/${spare.id}` });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    const left = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    expect(left.nominations.map((n) => n.id)).toEqual([smm.id]);
  });

  it('changes every contest field, and lets a national admin add a region', async () => {
    const dates = contestDates('applications');
    const r = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: {
        version: contest.version,
        title: TITLE,
        organiser: { en: 'Zhetysu regional news hub' },
        year: 2026,
        series: 'best-press-secretary-kz',
        rules: { en: 'Journalists vote once per nomination.' },
        liveCounts: true,
        ...dates,
        votingEndAt: new Date(Date.parse(dates.votingEndAt) + 86_400_000).toISOString(),
        // The application window, which holds an application, starts a few seconds later than it did.
        dateChangeReason: 'Dates restated by the organisers',
      },
    });
    expect(r.statusCode).toBe(200);
    contest = r.json();
    expect(contest).toMatchObject({
      title: TITLE,
      organiser: { en: 'Zhetysu regional news hub' },
      year: 2026,
      series: 'best-press-secretary-kz',
      rules: { en: 'Journalists vote once per nomination.' },
      liveCounts: true,
      regionIds: [fx.region.id],
    });
    const foreign = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: contest.version, regionIds: [fx.otherRegion.id] },
    });
    expect(fieldProblemsOf(foreign)).toEqual([{ field: 'regionIds', code: 'contest.own_region_only' }]);
    const widened = await admin({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: contest.version, regionIds: [fx.region.id, fx.otherRegion.id] },
    });
    expect((widened.json() as ContestView).regionIds).toEqual([fx.region.id, fx.otherRegion.id]);
  });

  it('refuses nomination changes once judging has started, with 409 naming when they locked', async () => {
    await moveContest(testApp, contest.id, 'judging');
    const { judgingStartAt, votingStartAt } = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    const locked = [
      409,
      'contest.nominations_locked',
      { phase: 'judging', lockedAt: judgingStartAt, judgingStartAt, votingStartAt },
    ];
    expect(refusalOf(await patchNomination(director, smm.id, { version: smm.version, places: 1 }))).toEqual(
      locked,
    );
    const added = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Late' }, scoringMode: 'vote' },
    });
    expect(refusalOf(added)).toEqual(locked);
  });
});
