import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@prgauge/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { UserSession } from './session.entity';

export const SESSION_COOKIE = 'sid';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
export const SESSION_HOURS = 12;

export interface ResolvedSession {
  user: SessionUser;
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    regionId: user.regionId,
    agencyId: user.agencyId,
    locale: user.locale,
  };
}

/** Sessions live in PostgreSQL so that any number of API instances serve the same signed-in users. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async open(
    userId: string,
    ip: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.sessions.insert({
      id: hashToken(token),
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    // Housekeeping rides along with sign-ins instead of needing a scheduler.
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    return { token, csrfToken };
  }

  async resolve(token: string | undefined): Promise<ResolvedSession | undefined> {
    if (!token || token.length > 100) return undefined;
    const session = await this.sessions.findOneBy({ id: hashToken(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return undefined;
    const user = await this.users.findOneBy({ id: session.userId, active: true });
    if (!user) return undefined;
    return { user: toSessionUser(user), csrfToken: session.csrfToken };
  }

  async close(token: string | undefined): Promise<void> {
    if (token) await this.sessions.delete({ id: hashToken(token) });
  }

  /** Ends every other session of a user, after a password change. */
  async closeOthers(userId: string, keepToken: string | undefined): Promise<void> {
    const keep = keepToken ? hashToken(keepToken) : '';
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND id <> :keep', { userId, keep })
      .execute();
  }
}

/** Compares a CSRF header with the session's token in constant time. */
export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
