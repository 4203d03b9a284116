import type { NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Records an account's own choice to get (or not) emails of `kind`, over its region's default; what an
 * unsubscribe link does. The app channel is left as it was.
 */
export async function setEmailChoice(
  manager: EntityManager,
  accountId: string,
  kind: NotificationKind,
  enabled: boolean,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_preference (account_id, kind, channel, enabled) VALUES ($1, $2, 'email', $3)
     ON CONFLICT (account_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
    [accountId, kind, enabled],
  );
}
