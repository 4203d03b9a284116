import {
  MANDATORY_NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/** Whether an account hears of a kind in the dashboard and by email. */
export interface ChannelChoice {
  app: boolean;
  email: boolean;
}

/**
 * Each account's choice for `kind`: its own where it made one, else its region's default, else on. A mandatory
 * kind (a password reset) goes by email only, whatever was chosen.
 */
export async function channelChoices(
  manager: EntityManager,
  kind: NotificationKind,
  accounts: readonly { accountId: string; regionId: string | null }[],
): Promise<Map<string, ChannelChoice>> {
  const choices = new Map<string, ChannelChoice>();
  if (MANDATORY_NOTIFICATION_KINDS.includes(kind)) {
    for (const a of accounts) choices.set(a.accountId, { app: false, email: true });
    return choices;
  }
  const regionIds = [...new Set(accounts.map((a) => a.regionId).filter((r): r is string => r !== null))];
  const [own, defaults] = await Promise.all([
    manager.query(
      `SELECT account_id AS owner, channel, enabled FROM notification_preference
        WHERE kind = $1 AND account_id = ANY($2::uuid[])`,
      [kind, accounts.map((a) => a.accountId)],
    ) as Promise<Row[]>,
    manager.query(
      `SELECT region_id AS owner, channel, enabled FROM region_notification_default
        WHERE kind = $1 AND region_id = ANY($2::uuid[])`,
      [kind, regionIds],
    ) as Promise<Row[]>,
  ]);
  const ownOf = byOwner(own);
  const defaultOf = byOwner(defaults);
  for (const a of accounts) {
    const pick = (channel: NotificationChannel) =>
      ownOf.get(`${a.accountId}:${channel}`) ?? defaultOf.get(`${a.regionId}:${channel}`) ?? true;
    choices.set(a.accountId, { app: pick('app'), email: pick('email') });
  }
  return choices;
}

interface Row {
  owner: string;
  channel: NotificationChannel;
  enabled: boolean;
}

function byOwner(rows: Row[]): Map<string, boolean> {
  return new Map(rows.map((row) => [`${row.owner}:${row.channel}`, row.enabled]));
}
