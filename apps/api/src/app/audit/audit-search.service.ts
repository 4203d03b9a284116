import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { pageOf, pageWindow } from '../common/paging';
import { AuditEntry } from './audit-entry.entity';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
   * than an id, so a client can pin its pages while new entries are written.
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
    if (search.from) q.andWhere('e.at >= :from', { from: search.from });
    if (search.to && DATE_ONLY.test(search.to))
      q.andWhere(`e.at < (:to::date + interval '1 day')`, { to: search.to });
    else if (search.to) q.andWhere('e.at <= :to', { to: search.to });
    if (search.before) q.andWhere('e.id < :before', { before: search.before });
    const [entries, total] = await q.getManyAndCount();
    return pageOf(entries.map(toView), total, window);
  }
}
