import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import type { Environment } from '../../config/environment';
import { ENVIRONMENT } from '../../config/environment.token';
import { PersonalDataEraser } from './personal-data-erasure';

/** Records erased per transaction, and transactions per run: a run is bounded, the rest waits for the next. */
export const RETENTION_BATCH = 500;
export const RETENTION_BATCHES_PER_RUN = 20;
const FIRST_RUN_AFTER_MS = 60_000;
const RUN_EVERY_MS = 60 * 60_000;

type Table = 'contest_application' | 'contest_voter';

/**
 * The moment a contest's personal data start to age: its results' publication, or for a contest never published,
 * its last judging or voting day.
 */
const EXPIRED = `COALESCE(c.results_published_at, GREATEST(c.judging_end_at, c.voting_end_at))
                   < $1::timestamptz - make_interval(days => $2::int)`;

/**
 * Erases applicants' and voters' personal data once the installation's retention period
 * (`PERSONAL_DATA_RETENTION_DAYS`) has passed: hourly, in bounded batches. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and only records not erased before are touched, so that several API instances on one
 * database share the work and never erase (or audit) a record twice.
 */
@Injectable()
export class PersonalDataRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PersonalDataRetention.name);
  private readonly timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly eraser: PersonalDataEraser,
    private readonly audit: AuditService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // Unreferenced, so that the timers never keep a stopping process alive.
    this.timers.push(setTimeout(() => this.runInBackground(), FIRST_RUN_AFTER_MS).unref());
    this.timers.push(setInterval(() => this.runInBackground(), RUN_EVERY_MS).unref());
  }

  /** Stops the timers and waits for a run in progress, so that shutdown never cuts a batch in half. */
  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.running;
  }

  /**
   * Erases what is older than the retention period at `now`, up to {@link RETENTION_BATCHES_PER_RUN} batches per
   * table. Returns how many records of each kind it erased.
   */
  async eraseExpired(now = this.clock.now()): Promise<{ applications: number; voters: number }> {
    const days = this.env.PERSONAL_DATA_RETENTION_DAYS;
    return {
      applications: await this.eraseTable('contest_application', now, days),
      voters: await this.eraseTable('contest_voter', now, days),
    };
  }

  private runInBackground(): void {
    if (this.running) return;
    this.running = this.eraseExpired()
      .then(({ applications, voters }) => {
        if (applications || voters)
          this.logger.log({ applications, voters }, 'personal data past the retention period erased');
      })
      .catch((err: unknown) => this.logger.error({ err }, 'personal data retention run failed'))
      .finally(() => (this.running = null));
  }

  private async eraseTable(table: Table, now: Date, days: number): Promise<number> {
    let total = 0;
    for (let batch = 0; batch < RETENTION_BATCHES_PER_RUN; batch++) {
      const claimed = await this.dataSource.transaction((manager) =>
        this.eraseBatch(manager, table, now, days),
      );
      total += claimed;
      if (claimed < RETENTION_BATCH) break;
    }
    return total;
  }

  /** One transaction: claim a batch, erase it, and write one audit entry per contest. */
  private async eraseBatch(manager: EntityManager, table: Table, now: Date, days: number): Promise<number> {
    const rows: { id: string; contest_id: string; region_id: string }[] = await manager.query(
      `SELECT r.id, r.contest_id, c.region_ids[1] AS region_id
         FROM ${table} r JOIN contest c ON c.id = r.contest_id
        WHERE r.personal_data_erased_at IS NULL AND ${EXPIRED}
        ORDER BY r.id LIMIT $3
          FOR UPDATE OF r SKIP LOCKED`,
      [now.toISOString(), days, RETENTION_BATCH],
    );
    const ids = rows.map((r) => r.id);
    const erased = new Set(
      table === 'contest_application'
        ? await this.eraser.eraseApplicants(manager, ids)
        : await this.eraser.eraseVoters(manager, ids),
    );
    const perContest = new Map<string, { regionId: string; count: number }>();
    for (const row of rows.filter((r) => erased.has(r.id))) {
      const entry = perContest.get(row.contest_id) ?? { regionId: row.region_id, count: 0 };
      perContest.set(row.contest_id, { ...entry, count: entry.count + 1 });
    }
    for (const [contestId, { regionId, count }] of perContest)
      await this.audit.record(manager, null, {
        action: 'contest.personal-data.expire',
        entity: 'contest',
        entityId: contestId,
        regionId,
        changes: [
          { field: table === 'contest_application' ? 'applicants' : 'voters', old: null, new: count },
        ],
        reason: `the retention period of ${days} days after the contest ended`,
      });
    return rows.length;
  }
}
