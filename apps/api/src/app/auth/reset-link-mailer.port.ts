import type { SessionUser } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/** One password-reset link to tell its account of. */
export interface ResetLinkNotice {
  /** The link's id, which names the event (one email per link). */
  linkId: string;
  account: SessionUser;
  /** The token in the link, shown to the account's owner only. */
  token: string;
  /** How long the link works, in minutes, and the instant it stops. */
  minutes: number;
  expiresAt: Date;
}

/**
 * How a reset link reaches its account by email, which notifications/ records. Auth declares it and
 * notifications/ provides it from its global module, so that auth never imports the folder whose routes use
 * auth's guards.
 */
export abstract class ResetLinkMailer {
  /** Records the link's email inside the caller's transaction. */
  abstract send(manager: EntityManager, notice: ResetLinkNotice): Promise<void>;
}
