import type { EntityManager } from 'typeorm';
import type { ResetLinkMailer, ResetLinkNotice } from '../auth/reset-link-mailer.port';
import type { Notifier } from './notifier';

/**
 * Auth's reset links as `account.password_reset` notifications: by email only (a mandatory kind), the token
 * kept from the outbox's readers.
 */
export function resetLinkMailer(notifier: Notifier): ResetLinkMailer {
  return {
    send: async (manager: EntityManager, notice: ResetLinkNotice) => {
      await notifier.notify(manager, {
        kind: 'account.password_reset',
        key: `account.password_reset:${notice.linkId}`,
        regionId: notice.account.regionId,
        audience: { accountIds: [notice.account.id] },
        params: {
          login: notice.account.login,
          name: notice.account.displayName,
          minutes: notice.minutes,
          until: { instant: notice.expiresAt.toISOString() },
        },
        link: `/reset-password?token=${notice.token}`,
        secrets: [notice.token],
      });
    },
  };
}
