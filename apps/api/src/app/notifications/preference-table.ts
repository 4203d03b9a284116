import {
  MANDATORY_NOTIFICATION_KINDS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferenceChoice,
  type NotificationPreferenceView,
} from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { InvalidFieldsException } from '../common/api-error';

/** Whose choices a table holds: one account's own, or one region's defaults. */
export type ChoiceOwner = { accountId: string } | { regionId: string };

const TABLES = {
  account: { table: 'notification_preference', column: 'account_id' },
  region: { table: 'region_notification_default', column: 'region_id' },
} as const;

const tableOf = (owner: ChoiceOwner) => ('accountId' in owner ? TABLES.account : TABLES.region);
const idOf = (owner: ChoiceOwner) => ('accountId' in owner ? owner.accountId : owner.regionId);

/** Stored choices by `kind:channel`; a kind and channel without a row is absent. */
export type StoredChoices = Map<string, boolean>;

/** The choices `owner` saved, by `kind:channel`. */
export async function storedChoices(manager: EntityManager, owner: ChoiceOwner): Promise<StoredChoices> {
  const { table, column } = tableOf(owner);
  const rows: { kind: string; channel: string; enabled: boolean }[] = await manager.query(
    `SELECT kind, channel, enabled FROM ${table} WHERE ${column} = $1`,
    [idOf(owner)],
  );
  return new Map(rows.map((row) => [`${row.kind}:${row.channel}`, row.enabled]));
}

/**
 * One row per kind, in `NOTIFICATION_KINDS` order: the first layer that has a choice wins (an account's own,
 * then its region's default), else on. Mandatory kinds read email only, and cannot be changed.
 */
export function preferenceViews(layers: readonly StoredChoices[]): NotificationPreferenceView[] {
  return NOTIFICATION_KINDS.map((kind) => {
    if (MANDATORY_NOTIFICATION_KINDS.includes(kind))
      return { kind, app: false, email: true, optional: false };
    const pick = (channel: NotificationChannel) =>
      layers.map((layer) => layer.get(`${kind}:${channel}`)).find((v) => v !== undefined) ?? true;
    return { kind, app: pick('app'), email: pick('email'), optional: true };
  });
}

/**
 * Saves `choices` as `owner`'s, kind by kind; kinds left out keep theirs. A mandatory kind turned off by email
 * is refused whole (400 `request.invalid` with `notification.mandatory_kind` on `preferences[i].email`), and a
 * mandatory kind left on stores nothing, since it is always sent.
 */
export async function saveChoices(
  manager: EntityManager,
  owner: ChoiceOwner,
  choices: readonly NotificationPreferenceChoice[],
): Promise<void> {
  const mandatory = (kind: NotificationKind) => MANDATORY_NOTIFICATION_KINDS.includes(kind);
  const refused = choices.flatMap((choice, i) =>
    mandatory(choice.kind) && !choice.email
      ? [
          {
            field: `preferences[${i}].email`,
            code: 'notification.mandatory_kind' as const,
            params: { kind: choice.kind },
            problems: [`${choice.kind} is always sent by email`],
          },
        ]
      : [],
  );
  if (refused.length > 0) throw new InvalidFieldsException(refused);
  const rows = choices
    .filter((choice) => !mandatory(choice.kind))
    .flatMap((choice) =>
      NOTIFICATION_CHANNELS.map((channel) => [choice.kind, channel, choice[channel]] as const),
    );
  if (rows.length === 0) return;
  const { table, column } = tableOf(owner);
  await manager.query(
    `INSERT INTO ${table} (${column}, kind, channel, enabled)
     SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::boolean[])
     ON CONFLICT (${column}, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
    [idOf(owner), rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
}
