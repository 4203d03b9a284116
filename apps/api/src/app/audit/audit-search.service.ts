import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
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

  /** Newest first, by id, so that `before` pages through a trail that keeps growing without skipping entries. */
  async find(search: AuditSearch): Promise<AuditEntryView[]> {
    const q = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .limit(search.limit ?? 50);
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
    return (await q.getMany()).map(toView);
  }
}
