import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { Environment } from './config/environment';
import { ENVIRONMENT } from './config/environment.token';
import { typeOrmOptions } from './database/typeorm-options';
import { featureModules } from './feature-modules';
import { HealthModule } from './health/health.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { CycleEventsModule } from './cycles/cycle-events.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  env: Environment;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  /** The database URL is only known after boot may have started an embedded server, hence a dynamic module. */
  static forRoot({ env, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({ useFactory: () => typeOrmOptions(databaseUrl) }),
        HealthModule,
        AuditModule,
        AuditLogModule,
        AuthModule.withAccounts(UsersModule),
        RateLimitsModule,
        CycleEventsModule,
        ...featureModules,
      ],
      // One clock for the whole app, global like the environment (common/clock.ts).
      providers: [{ provide: ENVIRONMENT, useValue: env }, Clock],
      exports: [ENVIRONMENT, Clock],
    };
  }
}
