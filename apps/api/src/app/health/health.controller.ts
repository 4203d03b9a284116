import { Controller, Get, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { HealthView } from '@prgauge/contracts';
import { Public } from '../auth/public.decorator';
import { ApiException, FieldProblemInput } from '../common/api-error';
import { MigrationsHealthIndicator } from './migrations.health';
import { Can } from '../auth/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
  ) {}

  @Get()
  @Can('health.read')
  @Public()
  @ApiOperation({ summary: 'Database reachable and every migration applied (200), or not (503)' })
  @Responds(200, 'HealthView')
  @ApiServiceUnavailableResponse({ description: 'A check failed; `details` names it' })
  async check(): Promise<HealthView> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 2000 }),
        () => this.migrations.isUpToDate('migrations'),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException)
        throw toUnavailable(error.getResponse() as HealthCheckResult);
      throw error;
    }
  }
}

/** Restates terminus's failure in the API's one error shape: `health.unhealthy`, one `details` entry per check. */
function toUnavailable(result: HealthCheckResult): ApiException {
  const failed: Partial<HealthIndicatorResult> = result.error ?? {};
  const details: FieldProblemInput[] = Object.entries(failed).map(([field, state]) => {
    const reason = state?.['message'];
    return {
      field,
      code: 'health.down',
      params: { status: String(state?.status ?? 'down'), ...(reason ? { reason: String(reason) } : {}) },
      problems: [String(reason ?? state?.status ?? 'down')],
    };
  });
  return new ApiException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'health.unhealthy',
    { checks: details.map((d) => d.field).join(', ') },
    { details },
  );
}
