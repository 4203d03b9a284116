import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestsModule } from '../contests/contests.module';
import { ScoresModule } from '../scores/scores.module';
import { LetterheadController } from './letterhead.controller';
import { RegionLetterhead } from './letterhead.entity';
import { LetterheadService } from './letterhead.service';
import { PdfRenderer } from './pdf-renderer';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * PDF reports: the renderer (one shared headless Chromium), the region's letterhead, and the scorecard, ranking
 * report and certificate routes. `ReportsService.scorecardBatch` is exported for background jobs.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RegionLetterhead]), ScoresModule, ContestsModule],
  controllers: [ReportsController, LetterheadController],
  providers: [PdfRenderer, LetterheadService, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
