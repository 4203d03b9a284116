import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { agencyNamesOf } from '../agencies/agency-references';
import { auditEntries } from '../audit/audit-entries';
import { pageWindow } from '../common/paging';
import { instantOf } from '../common/zoned-date';
import { FALLBACK_TIME_ZONE, timeZoneOfRegion } from '../regions/region-time-zone';

/** A search of the trail, already limited to the regions the caller may see (undefined = all). */
export interface AuditSearch extends AuditQuery {
  regionId: string | undefined;
}

@Injectable()
export class AuditSearchService {
  constructor(private readonly manager: EntityManager) {}

  /**
   * One page of the trail, newest first by id (unique, so the order is total). `before` keeps to entries older
   * than an id, so a client can pin its pages while new entries are written. A day in `from` or `to` is read
   * in the searched region's zone (UTC when the search spans all regions): `to` includes that whole day.
   * Each entry carries its agency's name, read for the page's agencies only.
   */
  async find(search: AuditSearch): Promise<Page<AuditEntryView>> {
    const zone = search.regionId ? await timeZoneOfRegion(this.manager, search.regionId) : FALLBACK_TIME_ZONE;
    const page = await auditEntries(
      this.manager,
      {
        regionId: search.regionId,
        agencyId: search.agencyId,
        userId: search.userId,
        cycleId: search.cycleId,
        action: search.action,
        from: search.from ? instantOf(search.from, zone, 'start') : undefined,
        to: search.to ? instantOf(search.to, zone, 'end') : undefined,
        before: search.before,
      },
      pageWindow(search),
    );
    const names = await agencyNamesOf(
      this.manager,
      page.items.flatMap((e) => e.agencyId ?? []),
    );
    return {
      ...page,
      items: page.items.map((e) => ({ ...e, agencyName: (e.agencyId && names.get(e.agencyId)) || null })),
    };
  }
}
