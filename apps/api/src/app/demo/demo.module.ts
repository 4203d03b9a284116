import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { ScoresModule } from '../scores/scores.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [ScoresModule, ContestsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
