import type { Role } from '@prgauge/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Agency } from '../../src/app/agencies/agency.entity';
import { hashPassword } from '../../src/app/auth/passwords';
import { PeerGroup } from '../../src/app/regions/peer-group.entity';
import { Region } from '../../src/app/regions/region.entity';
import { User } from '../../src/app/users/user.entity';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery';

export interface Session {
  cookie: string;
  csrf: string;
}

/** A request that carries a signed-in session and its CSRF token. */
export type Caller = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export interface RegionFixture {
  region: Region;
  otherRegion: Region;
  groups: { health: PeerGroup; education: PeerGroup };
  agencies: { a: Agency; b: Agency; c: Agency; foreign: Agency };
  /** Logins by purpose; every account's password is {@link PASSWORD}. */
  logins: Record<
    'admin' | 'director' | 'evaluator' | 'viewer' | 'editorA' | 'editorB' | 'foreignDirector',
    string
  >;
}

/**
 * Two regions: "north" with agencies A, B (health) and C (education) and an account for every role, and
 * "south" with one agency and its own director, to prove nobody crosses a region.
 */
export async function seedRegions(testApp: TestApp): Promise<RegionFixture> {
  const ds = testApp.app.get(DataSource);
  const region = await ds
    .getRepository(Region)
    .save({ code: 'north', name: { ru: 'Северная область', en: 'North' } });
  const otherRegion = await ds
    .getRepository(Region)
    .save({ code: 'south', name: { ru: 'Южная область', en: 'South' } });
  const groups = {
    health: await ds
      .getRepository(PeerGroup)
      .save({ regionId: region.id, code: 'health', name: { ru: 'Здравоохранение', en: 'Health' } }),
    education: await ds
      .getRepository(PeerGroup)
      .save({ regionId: region.id, code: 'education', name: { ru: 'Образование', en: 'Education' } }),
  };
  const agency = (regionId: string, code: string, peerGroupId: string | null, prStaff: number) =>
    ds.getRepository(Agency).save({
      regionId,
      code,
      name: { ru: `Ведомство ${code}`, en: `Agency ${code}` },
      peerGroupId,
      attributes: { prStaff },
      active: true,
    });
  const agencies = {
    a: await agency(region.id, 'A', groups.health.id, 4),
    b: await agency(region.id, 'B', groups.health.id, 2),
    c: await agency(region.id, 'C', groups.education.id, 3),
    foreign: await agency(otherRegion.id, 'D', null, 5),
  };
  const passwordHash = await hashPassword(PASSWORD);
  const user = (login: string, role: Role, regionId: string | null, agencyId: string | null = null) =>
    ds.getRepository(User).save({
      login,
      displayName: login,
      passwordHash,
      role,
      regionId,
      agencyId,
      locale: 'ru',
      email: `${login}@prgauge.example`,
      active: true,
    });
  await user('admin', 'admin', null);
  await user('director', 'director', region.id);
  await user('evaluator', 'evaluator', region.id);
  await user('viewer', 'viewer', region.id);
  await user('editor-a', 'agency_editor', region.id, agencies.a.id);
  await user('editor-b', 'agency_editor', region.id, agencies.b.id);
  await user('south-director', 'director', otherRegion.id);
  return {
    region,
    otherRegion,
    groups,
    agencies,
    logins: {
      admin: 'admin',
      director: 'director',
      evaluator: 'evaluator',
      viewer: 'viewer',
      editorA: 'editor-a',
      editorB: 'editor-b',
      foreignDirector: 'south-director',
    },
  };
}

export async function signIn(testApp: TestApp, login: string, password = PASSWORD): Promise<Session> {
  const response = await testApp.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
  const sid = response.cookies.find((c) => c.name === 'sid');
  const { csrfToken } = response.json() as { csrfToken: string };
  return { cookie: `sid=${sid?.value}`, csrf: csrfToken };
}

/**
 * Puts aside the one-time password an admin or director gave `login` through the API, as its owner's first
 * sign-in and password change would, so a test can act as the new account with {@link PASSWORD} at once.
 */
export async function settleOneTimePassword(testApp: TestApp, login: string): Promise<void> {
  await testApp.app
    .get(DataSource)
    .query(`UPDATE app_user SET password_change_required = false WHERE login = $1`, [login]);
}

/** Signs in and returns a request function that sends the session cookie and CSRF header. */
export async function callerFor(testApp: TestApp, login: string): Promise<Caller> {
  const session = await signIn(testApp, login);
  return (options) =>
    testApp.request({
      ...options,
      headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-xsrf-token': session.csrf },
    });
}
