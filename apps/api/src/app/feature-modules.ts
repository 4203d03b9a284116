import { DynamicModule, Type } from '@nestjs/common';
import { AgenciesModule } from './agencies/agencies.module';
import { CommitteesModule } from './committees/committees.module';
import { ContestsModule } from './contests/contests.module';
import { CyclesModule } from './cycles/cycles.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RegionsModule } from './regions/regions.module';
import { ReportsModule } from './reports/reports.module';
import { ScoresModule } from './scores/scores.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { TrainingModule } from './training/training.module';
import { UsersModule } from './users/users.module';
import { ValueImportModule } from './value-import/value-import.module';

/**
 * A feature folder declares the ports it calls, and the folder that owns the tables behind them provides them;
 * the modules are wired here so that neither imports the other's module. One instance of each module, so the
 * same `submissions` is given to cycles and listed below.
 */
const submissions = SubmissionsModule.withPreviousValues(ScoresModule);

/** The product's feature modules. */
export const featureModules: (Type | DynamicModule)[] = [
  NotificationsModule,
  UsersModule,
  RegionsModule,
  AgenciesModule,
  CyclesModule.withCollaborators(submissions, ScoresModule),
  submissions,
  ScoresModule,
  CommitteesModule,
  TrainingModule,
  ContestsModule,
  ValueImportModule,
  JobsModule,
  MailModule,
  ReportsModule,
];
