import { regionDefaultLocale, type Locale } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The default language of a region, in which every framework node must be named; Russian for an unknown region
 * (`regionDefaultLocale`'s fallback).
 */
export async function defaultLocaleOfRegion(manager: EntityManager, regionId: string): Promise<Locale> {
  const rows: { default_locale: string | null }[] = await manager.query(
    `SELECT default_locale FROM region WHERE id = $1`,
    [regionId],
  );
  return regionDefaultLocale({ defaultLocale: rows[0]?.default_locale ?? null });
}
