import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@prgauge/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { AccountDirectory } from './account-directory';
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

/** A session still valid at `$2`, by the hash of its token: read on every signed-in request, so kept plain. */
const LIVE_SESSION = 'SELECT user_id, csrf_token FROM user_session WHERE id = $1 AND expires_at > $2';

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
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    private readonly accounts: AccountDirectory,
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
    const [session]: { user_id: string; csrf_token: string }[] = await this.sessions.manager.query(
      LIVE_SESSION,
      [hashToken(token), this.clock.now()],
    );
    if (!session) return undefined;
    // The account is asked afresh on every request, so a retired account or a changed role counts at once.
    const user = await this.accounts.activeSessionUser(session.user_id);
    return user ? { user, csrfToken: session.csrf_token } : undefined;
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
