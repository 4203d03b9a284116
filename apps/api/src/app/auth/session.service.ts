import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@prgauge/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { type PreparedStatement, runPrepared } from '../common/prepared-statement';
import { AccountDirectory, type SessionUserRow, sessionUserOfRow } from './account-directory';
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

/** The signed-in person as the rest of the API sees them, picked from an account record (no hash, no version). */
export function toSessionUser(account: SessionUser): SessionUser {
  return {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    regionId: account.regionId,
    agencyId: account.agencyId,
    locale: account.locale,
    passwordChangeRequired: account.passwordChangeRequired,
  };
}

/** Sessions live in PostgreSQL so that any number of API instances serve the same signed-in users. */
@Injectable()
export class SessionService {
  /**
   * A session still valid at `$2`, by the hash of its token (`$1`), with its active account: every signed-in
   * request reads both, so they come in one prepared round trip. No row when either is missing.
   */
  private readonly liveSession: PreparedStatement;

  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    accounts: AccountDirectory,
    private readonly clock: Clock,
  ) {
    this.liveSession = {
      name: 'auth-live-session',
      text: `SELECT s.csrf_token, a.*
               FROM user_session s CROSS JOIN LATERAL (${accounts.activeSessionUserQuery('s.user_id')}) a
              WHERE s.id = $1 AND s.expires_at > $2`,
    };
  }

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
    // The account is asked afresh on every request, so a retired account or a changed role counts at once.
    const [row] = await runPrepared<SessionUserRow & { csrf_token: string }>(
      this.sessions.manager,
      this.liveSession,
      [hashToken(token), this.clock.now()],
    );
    return row ? { user: sessionUserOfRow(row), csrfToken: row.csrf_token } : undefined;
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
