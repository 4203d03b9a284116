import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isUpToDate(key: string) {
    const check = this.indicator.check(key);
    try {
      const pending = await this.dataSource.showMigrations();
      return pending ? check.down({ message: 'migrations are pending' }) : check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
