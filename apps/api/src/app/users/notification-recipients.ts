import type { Locale, Role } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { defaultLocaleOfRegion } from '../regions/region-default-locale';

/**
 * Whom an event concerns, as accounts: the listed ones, and/or those of a region holding one of `roles`
 * (agency editors narrowed to `agencyIds` where given). Retired accounts are never included.
 */
export interface NotificationAudience {
  accountIds?: readonly string[];
  regionId?: string;
  roles?: readonly Role[];
  agencyIds?: readonly string[];
}

/** One account an event is told to, with what its messages need. */
export interface NotificationRecipient {
  accountId: string;
  regionId: string | null;
  displayName: string;
  /** The account's chosen language, else its region's default (Russian for national accounts). */
  locale: Locale;
  /** Null when the account has no address: it hears of events in the dashboard only. */
  email: string | null;
}

/**
 * The active accounts of `audience`, each once, read inside the caller's transaction. A region audience with no
 * `roles` means every account of the region. Throws nothing; an empty audience gives no one.
 */
export async function notificationRecipients(
  manager: EntityManager,
  audience: NotificationAudience,
): Promise<NotificationRecipient[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (audience.accountIds?.length) {
    params.push(audience.accountIds);
    conditions.push(`id = ANY($${params.length}::uuid[])`);
  }
  if (audience.regionId) {
    params.push(audience.regionId);
    let region = `region_id = $${params.length}`;
    if (audience.roles?.length) {
      params.push(audience.roles);
      region += ` AND role::text = ANY($${params.length}::text[])`;
    }
    if (audience.agencyIds) {
      params.push(audience.agencyIds);
      region += ` AND (role::text <> 'agency_editor' OR agency_id = ANY($${params.length}::uuid[]))`;
    }
    conditions.push(`(${region})`);
  }
  if (conditions.length === 0) return [];
  const rows: {
    id: string;
    region_id: string | null;
    display_name: string;
    locale: Locale | null;
    email: string | null;
  }[] = await manager.query(
    `SELECT id, region_id, display_name, locale, email FROM app_user
      WHERE active AND (${conditions.join(' OR ')}) ORDER BY id`,
    params,
  );
  const regionLocales = new Map<string, Locale>();
  for (const regionId of new Set(rows.map((r) => r.region_id).filter((r): r is string => r !== null))) {
    regionLocales.set(regionId, await defaultLocaleOfRegion(manager, regionId));
  }
  return rows.map((row) => ({
    accountId: row.id,
    regionId: row.region_id,
    displayName: row.display_name,
    locale: row.locale ?? (row.region_id ? regionLocales.get(row.region_id) : undefined) ?? 'ru',
    email: row.email,
  }));
}
