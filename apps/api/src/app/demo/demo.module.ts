import { Module } from '@nestjs/common';
import { ScoresModule } from '../scores/scores.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [ScoresModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
