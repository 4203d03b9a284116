import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@prgauge/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { UserSession } from './session.entity';
import { Clock } from '../common/clock';

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
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

/** Sessions live in PostgreSQL so that any number of API instances serve the same signed-in users. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly clock: Clock,
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
      expiresAt: new Date(this.clock.now().getTime() + SESSION_HOURS * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    // Housekeeping rides along with sign-ins instead of needing a scheduler.
    await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    return { token, csrfToken };
  }

  async resolve(token: string | undefined): Promise<ResolvedSession | undefined> {
    if (!token || token.length > 100) return undefined;
    // One round trip per request: the session and its user together.
    const [row]: (SessionUser & { csrfToken: string })[] = await this.sessions.query(
      `SELECT u.id, u.login, u.display_name AS "displayName", u.role, u.region_id AS "regionId", u.agency_id AS "agencyId",
              u.locale, u.password_change_required AS "passwordChangeRequired", s.csrf_token AS "csrfToken"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > $2 AND u.active`,
      [hashToken(token), this.clock.now()],
    );
    if (!row) return undefined;
    const { csrfToken, ...user } = row;
    return { user, csrfToken };
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
