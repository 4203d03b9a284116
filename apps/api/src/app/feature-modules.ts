import { Type } from '@nestjs/common';
import { CyclesModule } from './cycles/cycles.module';
import { DemoModule } from './demo/demo.module';
import { ScoresModule } from './scores/scores.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { UsersModule } from './users/users.module';

/** The product's feature modules. */
export const featureModules: Type[] = [
  UsersModule,
  CyclesModule,
  SubmissionsModule,
  ScoresModule,
  DemoModule,
];
