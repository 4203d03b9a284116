import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { pageOf, pageWindow } from '../common/paging';
import { instantOf } from '../common/zoned-date';
import { FALLBACK_TIME_ZONE, timeZoneOfRegion } from '../regions/region-time-zone';
import { AuditEntry } from './audit-entry.entity';

/** A search of the trail, already limited to the regions the caller may see (undefined = all). */
export interface AuditSearch extends AuditQuery {
  regionId: string | undefined;
}

const toView = (e: AuditEntry): AuditEntryView => ({ ...e, id: String(e.id), at: e.at.toISOString() });

@Injectable()
export class AuditSearchService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of the trail, newest first by id (unique, so the order is total). `before` keeps to entries older
   * than an id, so a client can pin its pages while new entries are written. A day in `from` or `to` is read
   * in the searched region's zone (UTC when the search spans all regions): `to` includes that whole day.
   */
  async find(search: AuditSearch): Promise<Page<AuditEntryView>> {
    const window = pageWindow(search);
    const q = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .offset(window.offset)
      .limit(window.limit);
    if (search.regionId) q.andWhere('e.region_id = :regionId', { regionId: search.regionId });
    if (search.agencyId) q.andWhere('e.agency_id = :agencyId', { agencyId: search.agencyId });
    if (search.userId) q.andWhere('e.user_id = :userId', { userId: search.userId });
    if (search.cycleId) q.andWhere('e.cycle_id = :cycleId', { cycleId: search.cycleId });
    if (search.action) q.andWhere('e.action = :action', { action: search.action });
    const zone = search.regionId
      ? await timeZoneOfRegion(this.dataSource.manager, search.regionId)
      : FALLBACK_TIME_ZONE;
    if (search.from) q.andWhere('e.at >= :from', { from: instantOf(search.from, zone, 'start') });
    if (search.to) q.andWhere('e.at <= :to', { to: instantOf(search.to, zone, 'end') });
    if (search.before) q.andWhere('e.id < :before', { before: search.before });
    const [entries, total] = await q.getManyAndCount();
    return pageOf(entries.map(toView), total, window);
  }
}
