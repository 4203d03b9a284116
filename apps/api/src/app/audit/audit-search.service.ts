import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditQueryDto } from './dto/audit-query.dto';

@Injectable()
export class AuditSearchService {
  constructor(private readonly dataSource: DataSource) {}

  find(query: AuditQueryDto): Promise<AuditEntry[]> {
    const q = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .take(query.limit ?? 50);
    if (query.regionId) q.andWhere('e.region_id = :regionId', { regionId: query.regionId });
    if (query.agencyId) q.andWhere('e.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.userId) q.andWhere('e.user_id = :userId', { userId: query.userId });
    if (query.cycleId) q.andWhere('e.cycle_id = :cycleId', { cycleId: query.cycleId });
    if (query.action) q.andWhere('e.action = :action', { action: query.action });
    if (query.from) q.andWhere('e.at >= :from', { from: query.from });
    // A bare date as `to` includes that whole day.
    if (query.to) q.andWhere(`e.at < (:to::date + interval '1 day')`, { to: query.to.slice(0, 10) });
    if (query.before) q.andWhere('e.id < :before', { before: query.before });
    return q.getMany();
  }
}
