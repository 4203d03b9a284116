import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditSearchController } from './audit-search.controller';
import { AuditSearchService } from './audit-search.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditSearchController],
  providers: [AuditService, AuditSearchService],
  exports: [AuditService],
})
export class AuditModule {}
