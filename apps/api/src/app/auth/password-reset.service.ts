import { HttpStatus, Injectable } from '@nestjs/common';
import type { PasswordResetAccepted, SessionUser } from '@prgauge/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager, IsNull, LessThan } from 'typeorm';
import { ApiException } from '../common/api-error';
import { Clock } from '../common/clock';
import { TooManyRequestsException } from '../common/too-many-requests';
import { type AddressLimit, AddressLimitsService } from '../rate-limits/address-limits.service';
import { AccountDirectory } from './account-directory';
import { CompletePasswordResetDto, PasswordResetDto } from './dto/password-reset.dto';
import { PasswordResetLink } from './password-reset-link.entity';
import { assertStrongPassword } from './password-policy';
import { hashPassword } from './passwords';
import { ResetLinkMailer } from './reset-link-mailer.port';
import { endSessionsOf } from './session-ends';

/** How long an emailed link works (issue 19: short-lived, single use). */
export const RESET_LINK_MINUTES = 30;

/**
 * Requests per login or address typed, and per client address, within an hour. Both count every well-formed
 * request, whether or not an account matches, so the 429 tells nothing about which accounts exist either.
 */
export const RESET_LIMIT_PER_ACCOUNT: AddressLimit = {
  bucket: 'password-reset-account',
  limit: 3,
  windowSeconds: 3600,
};
export const RESET_LIMIT_PER_CLIENT: AddressLimit = {
  bucket: 'password-reset-client',
  limit: 10,
  windowSeconds: 3600,
};

/**
 * Every accepted request is answered no sooner than this after it arrived, so that the work done for a matching
 * account (a link, a rendered email) does not show in the timing. On two busy cores that work took up to 380 ms,
 * so the floor leaves room above it.
 */
export const RESET_ANSWER_MS = 500;

/** Expired links are kept this long for support questions, then deleted along with a later request. */
const KEEP_EXPIRED_MS = 24 * 3600_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * "Forgot your password?": an emailed link, single use, that sets a new password and ends the account's
 * sessions. The link's token exists only in the email; the table keeps its hash.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly manager: EntityManager,
    private readonly accounts: AccountDirectory,
    private readonly limits: AddressLimitsService,
    private readonly mailer: ResetLinkMailer,
    private readonly clock: Clock,
  ) {}

  /**
   * Sends a link to every active account with an address whose login or address is `loginOrEmail`, ending
   * each one's older links. Answers the same, after the same {@link RESET_ANSWER_MS} at least, whether it
   * matched or not; throws 429 `auth.reset_throttled` with Retry-After past either limit.
   */
  async requestLink(body: PasswordResetDto, ip: string): Promise<PasswordResetAccepted> {
    const arrived = performance.now();
    const given = body.loginOrEmail.trim();
    await this.manager.transaction(async (manager) => {
      await this.take(manager, ip, RESET_LIMIT_PER_CLIENT);
      await this.take(manager, given.toLowerCase(), RESET_LIMIT_PER_ACCOUNT);
      const now = this.clock.now();
      await manager.delete(PasswordResetLink, {
        expiresAt: LessThan(new Date(now.getTime() - KEEP_EXPIRED_MS)),
      });
      for (const account of await this.accounts.resettableAccounts(manager, given))
        await this.sendLink(manager, account, now);
    });
    await sleep(Math.max(0, RESET_ANSWER_MS - (performance.now() - arrived)));
    return { validForMinutes: RESET_LINK_MINUTES };
  }

  /**
   * Sets the password of the link's account, marks the link used, ends every session of the account and audits
   * `password.reset`, all in one transaction. Refuses an unknown token (or a retired account's) with 400
   * `auth.reset_link_unknown`; a used, replaced or expired link with 410 `auth.reset_link_used`,
   * `auth.reset_link_replaced` or `auth.reset_link_expired`; a weak password with 400 naming `newPassword`,
   * leaving the link usable.
   */
  async complete(body: CompletePasswordResetDto, request: { requestId: string; ip: string }): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const link = await manager.findOne(PasswordResetLink, {
        where: { tokenHash: hashToken(body.token) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      if (!link) throw new ApiException(HttpStatus.BAD_REQUEST, 'auth.reset_link_unknown', {});
      if (link.usedAt) throw new ApiException(HttpStatus.GONE, 'auth.reset_link_used', {});
      if (link.replacedAt) throw new ApiException(HttpStatus.GONE, 'auth.reset_link_replaced', {});
      if (link.expiresAt <= now) throw new ApiException(HttpStatus.GONE, 'auth.reset_link_expired', {});
      const account = await this.accounts.activeAccountForUpdate(manager, link.accountId);
      if (!account) throw new ApiException(HttpStatus.BAD_REQUEST, 'auth.reset_link_unknown', {});
      assertStrongPassword('newPassword', body.newPassword, [account.login, account.displayName]);
      const actor = { user: account, ...request };
      await this.accounts.saveResetPassword(manager, actor, await hashPassword(body.newPassword));
      await manager.update(PasswordResetLink, link.id, { usedAt: now });
      await endSessionsOf(manager, [account.id]);
    });
  }

  /** One new link for `account`, which ends its older ones, and its email, recorded in `manager`'s transaction. */
  private async sendLink(manager: EntityManager, account: SessionUser, now: Date): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + RESET_LINK_MINUTES * 60_000);
    await manager.update(
      PasswordResetLink,
      { accountId: account.id, usedAt: IsNull(), replacedAt: IsNull() },
      { replacedAt: now },
    );
    await manager.insert(PasswordResetLink, {
      id,
      accountId: account.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
      usedAt: null,
      replacedAt: null,
    });
    await this.mailer.send(manager, { linkId: id, account, token, minutes: RESET_LINK_MINUTES, expiresAt });
  }

  /** A hit of `limit`, refused with the reset's own code, so the page can say what is being limited. */
  private async take(manager: EntityManager, key: string, limit: AddressLimit): Promise<void> {
    try {
      await this.limits.take(manager, key, limit);
    } catch (error) {
      if (!(error instanceof TooManyRequestsException)) throw error;
      throw new TooManyRequestsException('auth.reset_throttled', error.retryAfterSeconds);
    }
  }
}
