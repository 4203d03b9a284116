import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../test/support/test-app';
import { validateEnvironment } from './config/environment';
import { createRootLogger } from './logger';
import { prepareData } from './startup';

const FIRST_ADMIN = /^First admin account: login "admin"/;

describe('start-up chores of an empty installation', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const env = validateEnvironment({ NODE_ENV: 'test', DEMO_DATA: 'true' });
  const logger = createRootLogger('silent');
  const counts = async () => {
    const [row] = (await ds.query(
      `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM app_user)::int AS users`,
    )) as { regions: number; users: number }[];
    return row;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    ds = testApp.app.get(DataSource);
  });
  afterAll(() => testApp.close());
  afterEach(async () => {
    await ds.query(`DELETE FROM user_session`);
    await ds.query(`DELETE FROM app_user`);
  });

  it('load no demo data in the production start, even with DEMO_DATA set, and create the first admin', async () => {
    const notes = await prepareData(testApp.app, env, logger);
    expect(notes).toEqual([expect.stringMatching(FIRST_ADMIN)]);
    expect(await counts()).toEqual({ regions: 0, users: 1 });
  });

  it('run the demo start’s loader first when DEMO_DATA is set, and tell what it says', async () => {
    const loadedInto: INestApplication[] = [];
    const loadDemo = async (app: INestApplication) => {
      loadedInto.push(app);
      return ['Demo region loaded.'];
    };
    const notes = await prepareData(testApp.app, env, logger, loadDemo);
    expect(loadedInto).toEqual([testApp.app]);
    expect(notes).toEqual(['Demo region loaded.', expect.stringMatching(FIRST_ADMIN)]);
    const without = validateEnvironment({ NODE_ENV: 'test', DEMO_DATA: 'false' });
    await prepareData(testApp.app, without, logger, loadDemo);
    expect(loadedInto).toHaveLength(1);
  });
});
