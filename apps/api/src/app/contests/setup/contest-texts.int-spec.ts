import type { ContestView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { contestDates, fieldProblemsOf } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const ORGANISER = { fa: 'اداره روابط عمومی استانداری', ru: 'Управление по связям с общественностью' };
const RULES = {
  fa: 'هر روزنامه‌نگار در هر بخش یک رأی دارد.',
  ru: 'Каждый журналист голосует один раз в номинации.',
};

/** A contest's organiser and rules are written in several languages, as its title is, and read back as given. */
describe('contest texts by language', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;

  const create = (fields: Record<string, unknown>) =>
    director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { fa: 'بهترین سخنگو', ru: 'Лучший пресс-секретарь' },
        organiser: ORGANISER,
        year: 2026,
        series: 'best-press-secretary',
        status: 'announced',
        ...contestDates('applications'),
        ...fields,
      },
    });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const created = await create({ rules: RULES });
    expect(created.statusCode).toBe(201);
    contest = created.json();
  }, 60_000);
  afterAll(() => testApp.close());

  it('keeps the organiser and the rules in Persian and Russian, for the organisers and the public', async () => {
    expect(contest).toMatchObject({ organiser: ORGANISER, rules: RULES });
    const read = await director({ method: 'GET', url: `/api/contests/${contest.id}` });
    expect(read.json()).toMatchObject({ organiser: ORGANISER, rules: RULES });
    const visitor = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}` });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toMatchObject({ organiser: ORGANISER, rules: RULES });
  });

  it('refuses an organiser or rules sent as one plain string, naming the field', async () => {
    const r = await create({ organiser: 'Regional PR directorate', rules: 'One vote each.' });
    expect(r.statusCode).toBe(400);
    expect(fieldProblemsOf(r)).toEqual([
      { field: 'organiser', code: 'field.type', params: { expected: 'object' } },
      { field: 'rules', code: 'field.type', params: { expected: 'object' } },
    ]);
  });

  it('holds each language of the organiser to its own limits', async () => {
    const r = await create({ organiser: { fa: 'ا', ru: 'x'.repeat(201) } });
    expect(r.statusCode).toBe(400);
    expect(fieldProblemsOf(r)).toEqual([
      { field: 'organiser', code: 'field.invalid', params: { allowed: 'ru, kk, fa, en', min: 2, max: 200 } },
    ]);
  });

  it('takes long rules beyond the limit of names, and refuses an empty language', async () => {
    const long = await create({ series: 'long-rules', rules: { kk: 'Ереже. '.repeat(1000) } });
    expect(long.statusCode).toBe(201);
    const empty = await create({ series: 'empty-rules', rules: { ru: 'Правила', fa: '  ' } });
    expect(fieldProblemsOf(empty)).toEqual([
      { field: 'rules', code: 'field.invalid', params: { allowed: 'ru, kk, fa, en', max: 20000 } },
    ]);
  });

  it('changes the texts, clears the rules, and audits the old and new texts', async () => {
    const organiser = { ...ORGANISER, kk: 'Облыстың қоғаммен байланыс басқармасы' };
    const changed = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: contest.version, organiser, rules: null },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ organiser, rules: null });
    const [entry] = await testApp.app
      .get(DataSource)
      .query(`SELECT changes FROM audit_entry WHERE action = 'contest.update' AND entity_id = $1`, [
        contest.id,
      ]);
    expect(entry.changes).toEqual([
      { field: 'organiser', old: ORGANISER, new: organiser },
      { field: 'rules', old: RULES, new: null },
    ]);
  });
});
