import type { AccountView, CommitteeKind, ReviewQueueItem } from '@prgauge/contracts';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import {
  Caller,
  callerFor,
  PASSWORD,
  RegionFixture,
  seedRegions,
  settleOneTimePassword,
} from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { itemsOf } from '../../../test/support/pages';

/**
 * A cycle in review with agency A's figures on media and web, B's on web only, and C's still empty. The
 * performance-evaluation committee reviews every submission; the media-relations committee only those
 * with media figures; the training committee reviews none.
 */
describe('committee members in the review queue', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let cycleId: string;
  const members: Record<string, Caller> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    cycleId = cycle.id;
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'submitted', {
      'media.releases': 4,
      'web.answered': 70,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'submitted', { 'web.answered': 55 });
    await insertSubmission(testApp, cycle.id, fx.agencies.c.id, 'draft', {});

    const seat = async (director: Caller, login: string, kind: CommitteeKind, indices: string[]) => {
      const account = await director({
        method: 'POST',
        url: '/api/users',
        payload: { login, displayName: login, role: 'committee_member', password: PASSWORD },
      });
      await settleOneTimePassword(testApp, login);
      const committee = await director({
        method: 'POST',
        url: '/api/committees',
        payload: { kind, name: { en: kind }, indices },
      });
      const seated = await director({
        method: 'POST',
        url: `/api/committees/${committee.json().id}/members`,
        payload: { userId: account.json().id },
      });
      expect([account.statusCode, committee.statusCode, seated.statusCode]).toEqual([201, 201, 201]);
      members[login] = await callerFor(testApp, login);
    };
    const director = await callerFor(testApp, fx.logins.director);
    await seat(director, 'evaluation-member', 'performance_evaluation', []);
    await seat(director, 'media-member', 'media_relations', ['media']);
    await seat(director, 'training-member', 'training', []);
    await seat(
      await callerFor(testApp, fx.logins.foreignDirector),
      'south-member',
      'performance_evaluation',
      [],
    );
  });
  afterAll(() => testApp.close());

  const queue = async (caller: Caller) => {
    const response = await caller({ method: 'GET', url: `/api/cycles/${cycleId}/review-queue` });
    return {
      status: response.statusCode,
      items: response.statusCode === 200 ? itemsOf<ReviewQueueItem>(response) : [],
    };
  };

  it('shows the performance-evaluation committee every submission', async () => {
    const { status, items } = await queue(members['evaluation-member']);
    expect([status, items.map((i) => [i.agencyCode, i.reviewIndices])]).toEqual([
      200,
      [
        ['A', undefined],
        ['B', undefined],
        ['C', undefined],
      ],
    ]);
  });

  it('shows an index committee the submissions with figures on its indices, and which indices it reviews', async () => {
    const { items } = await queue(members['media-member']);
    expect(items.map((i) => [i.agencyCode, i.reviewIndices])).toEqual([['A', ['media']]]);
  });

  it('shows a committee without review duties nothing', async () => {
    expect(await queue(members['training-member'])).toEqual({ status: 200, items: [] });
  });

  it('answers 404 to a committee member of another region', async () => {
    expect((await queue(members['south-member'])).status).toBe(404);
  });

  it('lets an index committee return a submission about its own indicators only, and never approve it', async () => {
    const media = members['media-member'];
    const [a] = (await queue(media)).items;
    const post = (action: string, payload: object) =>
      media({ method: 'POST', url: `/api/submissions/${a.submissionId}/${action}`, payload });
    const foreign = await post('return', {
      version: a.version,
      comments: [{ indicator: 'web.answered', body: 'Check' }],
    });
    expect([foreign.statusCode, foreign.json().code, foreign.json().params]).toEqual([
      403,
      'submission.indicators_outside_committee',
      { indicators: 'web.answered', count: 1 },
    ]);
    const approve = await post('approve', { version: a.version });
    expect([approve.statusCode, approve.json().code]).toEqual([403, 'submission.whole_outside_committee']);
    const own = await post('return', {
      version: a.version,
      comments: [{ indicator: 'media.releases', body: 'Attach the list of releases' }],
    });
    expect([own.statusCode, own.json().status]).toEqual([200, 'returned']);
  });

  it('lets the performance-evaluation committee rate and approve a whole submission', async () => {
    const evaluation = members['evaluation-member'];
    const b = (await queue(evaluation)).items.find((i) => i.agencyCode === 'B');
    if (!b) throw new Error('B is not in the queue');
    const rated = await evaluation({
      method: 'PUT',
      url: `/api/submissions/${b.submissionId}/values`,
      payload: { version: b.version, values: [{ indicator: 'media.quality', value: 4 }] },
    });
    expect(rated.statusCode).toBe(200);
    const approved = await evaluation({
      method: 'POST',
      url: `/api/submissions/${b.submissionId}/approve`,
      payload: { version: rated.json().version },
    });
    expect([approved.statusCode, approved.json().status]).toEqual([200, 'approved']);
  });

  it('keeps a committee without review duties from rating', async () => {
    const b = (await queue(members['evaluation-member'])).items.find((i) => i.agencyCode === 'C');
    const response = await members['training-member']({
      method: 'PUT',
      url: `/api/submissions/${b?.submissionId}/values`,
      payload: { version: b?.version, values: [{ indicator: 'media.quality', value: 2 }] },
    });
    expect([response.statusCode, response.json().code]).toEqual([
      403,
      'submission.indicators_outside_committee',
    ]);
  });

  it('seats either one account of the region or one outside person, and an account once', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const committee = await director({
      method: 'POST',
      url: '/api/committees',
      payload: { kind: 'training', name: { en: 'Seats' }, indices: [] },
    });
    const seat = (payload: object) =>
      director({ method: 'POST', url: `/api/committees/${committee.json().id}/members`, payload });
    const users = itemsOf<AccountView>(await director({ method: 'GET', url: '/api/users' }));
    const viewerId = users.find((u) => u.login === fx.logins.viewer)?.id ?? '';
    const both = await seat({ userId: viewerId, personName: 'Outside Person' });
    expect([both.statusCode, both.json().code, both.json().details[0].code]).toEqual([
      400,
      'committee.member_account_or_person',
      'field.not_allowed',
    ]);
    const admin = await callerFor(testApp, fx.logins.admin);
    const foreignId = itemsOf<AccountView>(await admin({ method: 'GET', url: '/api/users' })).find(
      (u) => u.login === fx.logins.foreignDirector,
    )?.id;
    const foreign = await seat({ userId: foreignId });
    expect(foreign.json().details).toEqual([
      {
        field: 'userId',
        code: 'field.unknown_reference',
        params: { value: foreignId, regionId: fx.region.id },
        problems: ["is not an account of the committee's region"],
      },
    ]);
    expect((await seat({ userId: viewerId })).statusCode).toBe(201);
    const again = await seat({ userId: viewerId });
    expect([again.statusCode, again.json().code, again.json().params]).toEqual([
      400,
      'committee.already_member',
      { userId: viewerId },
    ]);
    const gone = await director({
      method: 'DELETE',
      url: `/api/committees/${committee.json().id}/members/00000000-0000-4000-8000-000000000000`,
    });
    expect([gone.statusCode, gone.json().params]).toEqual([404, { record: 'committee_member' }]);
  });
});
