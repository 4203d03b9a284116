import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeerGroup } from './peer-group.entity';
import { RegionHoliday } from './region-holiday.entity';
import { Region } from './region.entity';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';
import { WorkingWeekController } from './working-week.controller';
import { WorkingWeekService } from './working-week.service';

@Module({
  imports: [TypeOrmModule.forFeature([PeerGroup, RegionHoliday, Region])],
  controllers: [RegionsController, WorkingWeekController],
  providers: [RegionsService, WorkingWeekService],
})
export class RegionsModule {}
