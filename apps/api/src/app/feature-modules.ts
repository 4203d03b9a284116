import { DynamicModule, Type } from '@nestjs/common';
import { AgenciesModule } from './agencies/agencies.module';
import { CommitteesModule } from './committees/committees.module';
import { ContestsModule } from './contests/contests.module';
import { CyclesModule } from './cycles/cycles.module';
import { RegionsModule } from './regions/regions.module';
import { ScoresModule } from './scores/scores.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { TrainingModule } from './training/training.module';
import { UsersModule } from './users/users.module';

/** The product's feature modules. */
export const featureModules: (Type | DynamicModule)[] = [
  UsersModule,
  RegionsModule,
  AgenciesModule,
  // Cycles' ports are provided by the modules that read its data (see CyclesModule.withCollaborators).
  CyclesModule.withCollaborators(SubmissionsModule, ScoresModule),
  SubmissionsModule,
  ScoresModule,
  CommitteesModule,
  TrainingModule,
  ContestsModule,
];
