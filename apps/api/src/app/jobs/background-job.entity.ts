import type { JobState } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One background job as its requester follows it. Its id is also the queue job's id in `pgboss.job`. `attempt`
 * counts the workers that took it up: only the worker of the current attempt may report progress or write the
 * result, so a worker taken for lost that comes back cannot write a second result.
 */
@Entity('background_job')
export class BackgroundJob {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('uuid', { name: 'requested_by' }) requestedBy!: string;
  /** What the job is about (a cycle's name), shown beside its kind; null when the kind needs none. */
  @Column('text', { nullable: true }) label!: string | null;
  @Column('text') state!: JobState;
  @Column('integer', { name: 'progress_done' }) progressDone!: number;
  @Column('integer', { name: 'progress_total', nullable: true }) progressTotal!: number | null;
  @Column('integer') attempt!: number;
  @Column('timestamptz', { name: 'heartbeat_at', nullable: true }) heartbeatAt!: Date | null;
  @Column('text', { name: 'result_file_name', nullable: true }) resultFileName!: string | null;
  @Column('text', { name: 'result_content_type', nullable: true }) resultContentType!: string | null;
  @Column('bytea', { name: 'result_content', nullable: true, select: false }) resultContent!: Buffer | null;
  @Column('integer', { name: 'result_size', nullable: true }) resultSize!: number | null;
  @Column('text', { name: 'error_code', nullable: true }) errorCode!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
}
