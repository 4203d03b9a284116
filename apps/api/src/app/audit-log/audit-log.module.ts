import { Module } from '@nestjs/common';
import { AuditSearchController } from './audit-search.controller';
import { AuditSearchService } from './audit-search.service';

/**
 * The audit log's search: a feature like any other, apart from audit/ (the trail every module writes inside its
 * own transaction), so that the trail depends on no module that writes to it.
 */
@Module({ controllers: [AuditSearchController], providers: [AuditSearchService] })
export class AuditLogModule {}
