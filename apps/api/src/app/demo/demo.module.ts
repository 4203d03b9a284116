import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { CyclesModule } from '../cycles/cycles.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [CyclesModule, ContestsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
