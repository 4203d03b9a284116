import { Module } from '@nestjs/common';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';
import { WorkingWeekController } from './working-week.controller';
import { WorkingWeekService } from './working-week.service';

@Module({
  controllers: [RegionsController, WorkingWeekController],
  providers: [RegionsService, WorkingWeekService],
})
export class RegionsModule {}
