import { Module } from '@nestjs/common';
import { ValueImportController } from './value-import.controller';
import { ValueImportService } from './value-import.service';

/** Value import for a cycle: the template, the dry run and the apply, saving through the submissions' own rules. */
@Module({
  controllers: [ValueImportController],
  providers: [ValueImportService],
})
export class ValueImportModule {}
