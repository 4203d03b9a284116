import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { AuditService } from '../audit/audit.service';
import { validateEnvironment } from '../config/environment';
import { createRootLogger } from '../logger';
import { prepareData } from '../startup';
import { FirstAdminService } from './first-admin.service';
import { User } from './user.entity';

describe('the first admin of a fresh installation', () => {
  let testApp: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    ds = testApp.app.get(DataSource);
  });
  afterAll(() => testApp.close());

  const signIn = (login: string, password: string) =>
    testApp.request({ method: 'POST', url: '/api/auth/login', payload: { login, password } });

  it('is not created by the test application on its own', async () => {
    expect(await ds.getRepository(User).countBy({ role: 'admin' })).toBe(0);
  });

  it('comes from ADMIN_LOGIN and ADMIN_PASSWORD when they are set, once', async () => {
    const env = validateEnvironment({
      NODE_ENV: 'test',
      ADMIN_LOGIN: 'chief',
      ADMIN_PASSWORD: 'a long chosen password',
    });
    const service = new FirstAdminService(ds.manager, env, testApp.app.get(AuditService));
    await expect(service.ensure()).resolves.toEqual({ login: 'chief' });
    await expect(service.ensure()).resolves.toBeNull();
    const admins = await ds
      .getRepository(User)
      .find({ where: { role: 'admin' }, select: { login: true, passwordHash: true, regionId: true } });
    expect(admins).toEqual([
      { login: 'chief', passwordHash: expect.stringMatching(/^\$argon2id\$/), regionId: null },
    ]);
    expect((await signIn('chief', 'a long chosen password')).json().user).toMatchObject({
      login: 'chief',
      role: 'admin',
      displayName: '',
    });
    const [entry] = await ds.query(`SELECT action, user_login FROM audit_entry WHERE entity_id = $1`, [
      (await ds.getRepository(User).findOneByOrFail({ login: 'chief' })).id,
    ]);
    expect(entry).toEqual({ action: 'user.create-first-admin', user_login: 'system' });
  });

  it('otherwise gets the login "admin" and a one-time password told once at start-up', async () => {
    await ds.query(`DELETE FROM user_session`);
    await ds.query(`DELETE FROM app_user`);
    const env = validateEnvironment({ NODE_ENV: 'test' });
    const notes = await prepareData(testApp.app, env, createRootLogger('silent'));
    const line = notes.find((note) => note.startsWith('First admin account'));
    const match =
      /^First admin account: login "admin", password "([\w-]{16})" — change it after signing in\.$/.exec(
        line ?? '',
      );
    expect(match).not.toBeNull();
    const password = match?.[1] ?? '';
    expect((await signIn('admin', password)).statusCode).toBe(200);
    expect(await prepareData(testApp.app, env, createRootLogger('silent'))).toEqual([]);
    expect(await ds.getRepository(User).countBy({ role: 'admin' })).toBe(1);
  });
});
