import { regionDefaultLocale, type Locale } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The default language of a region, in which every framework node must be named. The region's row is read
 * whole as JSON, so that its `default_locale` column is used as soon as the regions module adds it; until then,
 * and for a region without one, the answer is `regionDefaultLocale`'s fallback (Russian).
 */
export async function defaultLocaleOfRegion(manager: EntityManager, regionId: string): Promise<Locale> {
  const rows: { default_locale: string | null }[] = await manager.query(
    `SELECT to_jsonb(r) ->> 'default_locale' AS default_locale FROM region r WHERE r.id = $1`,
    [regionId],
  );
  return regionDefaultLocale({ defaultLocale: rows[0]?.default_locale ?? null });
}
