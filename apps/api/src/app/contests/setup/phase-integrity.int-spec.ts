import type { AuditEntryView, ContestView, NominationView, Page } from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import {
  announceContest,
  contestDates,
  fieldProblemsOf,
  insertAccount,
  moveContest,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const REASON = 'The 2025 applications were entered from paper after the contest ran';

/**
 * Phase integrity: once a phase holds data (applications, score sheets), the contest's dates cannot move so as
 * to shorten or reopen that phase without a reason; with one the move is saved, audited with its reason and
 * shown on the contest's admin and public pages. A phase with no data moves freely.
 */
describe('contest dates that move a phase over its data', () => {
  let testApp: TestApp;
  let director: Caller;
  let contest: ContestView;
  let nomination: NominationView;
  let applicationId: string;

  const update = async (payload: object) => {
    const current = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    return director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: current.version, ...payload },
    });
  };
  const viewOf = (r: LightMyRequestResponse) => r.json() as ContestView;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { en: 'Best social-media specialist' },
      series: 'kaluga-smm',
    });
    nomination = (
      await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: {
          name: { en: 'Heads of bodies' },
          scoringMode: 'jury',
          criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
        },
      })
    ).json() as NominationView;
    const filed = await testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/applications`,
      payload: {
        authors: [{ name: 'Olga Smirnova', position: 'SMM specialist' }],
        organisations: ['Kaluga region government'],
        nominationIds: [nomination.id],
        projectTitle: 'The governor’s pages',
        description: 'Daily posts and answers to every comment for a year.',
        contactEmail: 'olga@example.ru',
        personalDataConsent: true,
      },
    });
    expect(filed.statusCode).toBe(201);
    applicationId = (filed.json() as { application: { id: string } }).application.id;
  }, 120_000);
  afterAll(() => testApp.close());

  it('refuses to move an applications window that holds applications into the past, naming the date and the data', async () => {
    const past = contestDates('over');
    const r = await update(past);
    expect([r.statusCode, fieldProblemsOf(r)]).toEqual([
      400,
      [
        {
          field: 'applicationsCloseAt',
          code: 'contest.date_moves_held_data',
          params: { held: 'applications', count: 1, move: 'shortens' },
        },
      ],
    ]);
  });

  it('lets the applications window grow without a reason', async () => {
    const r = await update({ applicationsCloseAt: contest.judgingStartAt });
    expect([r.statusCode, viewOf(r).dateChanges]).toEqual([200, []]);
  });

  it('moves the dates with a reason, audits it and shows it on the admin and public pages', async () => {
    const before = viewOf(await director({ method: 'GET', url: `/api/contests/${contest.id}` }));
    const r = await update({ ...contestDates('over'), dateChangeReason: REASON });
    expect(r.statusCode).toBe(200);
    const shown = viewOf(r).dateChanges;
    expect(shown.map((c) => c.reason)).toEqual([REASON]);
    expect(shown[0].fields).toContainEqual({
      field: 'applicationsCloseAt',
      old: before.applicationsCloseAt,
      new: viewOf(r).applicationsCloseAt,
    });
    const publicView = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}` });
    expect(viewOf(publicView).dateChanges.map((c) => c.reason)).toEqual([REASON]);
    const audit = await director({ method: 'GET', url: '/api/audit?action=contest.update' });
    const entries = (audit.json() as Page<AuditEntryView>).items.filter((e) => e.entityId === contest.id);
    expect(entries.map((e) => e.reason)).toContain(REASON);
  });

  it('refuses to reopen applications once judging started, and accepts it with a reason', async () => {
    await moveContest(testApp, contest.id, 'judging');
    const reopen = {
      applicationsCloseAt: inDays(1),
      judgingStartAt: inDays(2),
      judgingEndAt: inDays(4),
      votingStartAt: inDays(2),
      votingEndAt: inDays(5),
    };
    const refused = await update(reopen);
    expect(fieldProblemsOf(refused)).toEqual([
      {
        field: 'applicationsCloseAt',
        code: 'contest.date_moves_held_data',
        params: { held: 'applications', count: 1, move: 'reopens' },
      },
    ]);
    const accepted = await update({ ...reopen, dateChangeReason: 'Two regions received the call late' });
    expect([accepted.statusCode, viewOf(accepted).phase]).toEqual([200, 'applications_open']);
  });

  it('refuses to cut judging short once a score sheet is saved', async () => {
    await moveContest(testApp, contest.id, 'judging');
    await director({
      method: 'POST',
      url: `/api/contest-applications/${applicationId}/screening`,
      payload: { status: 'accepted' },
    });
    const juror = await seedJuror();
    const saved = await juror({
      method: 'PUT',
      url: `/api/nominations/${nomination.id}/applications/${applicationId}/score-sheet`,
      payload: { scores: { quality: 8 } },
    });
    expect(saved.statusCode).toBe(200);
    const r = await update({ judgingEndAt: inDays(0.5) });
    expect(fieldProblemsOf(r)).toEqual([
      {
        field: 'judgingEndAt',
        code: 'contest.date_moves_held_data',
        params: { held: 'score_sheets', count: 1, move: 'shortens' },
      },
    ]);
  });

  it('lets the dates of a contest without data move anywhere in order', async () => {
    const empty = await announceContest(director, { title: { en: 'Empty contest' }, series: 'empty' });
    const r = await director({
      method: 'PATCH',
      url: `/api/contests/${empty.id}`,
      payload: { version: empty.version, ...contestDates('over') },
    });
    expect([r.statusCode, viewOf(r).phase]).toEqual([200, 'awaiting_results']);
  });

  /** A juror seated on the nomination, signed in. */
  async function seedJuror(): Promise<Caller> {
    const regionId = contest.regionIds[0];
    const account = await insertAccount(testApp, 'juror-kaluga', 'juror', regionId);
    const seated = await director({
      method: 'POST',
      url: `/api/nominations/${nomination.id}/jurors`,
      payload: { userId: account.id, organisation: 'Kaluga journalists union' },
    });
    expect(seated.statusCode).toBe(201);
    return callerFor(testApp, account.login);
  }
});
