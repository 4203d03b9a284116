import type { ContestShape, LocalizedText } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A contest of one year of a series; its phase follows from `status`, the dates and the publication time. */
@Entity('contest')
export class Contest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('jsonb') title!: LocalizedText;
  @Column('jsonb') organiser!: LocalizedText;
  @Column('uuid', { name: 'region_ids', array: true }) regionIds!: string[];
  @Column('integer') year!: number;
  @Column('text') series!: string;
  @Column('jsonb', { nullable: true }) rules!: LocalizedText | null;
  @Column('text') status!: 'draft' | 'announced';
  @Column('timestamptz', { name: 'applications_open_at' }) applicationsOpenAt!: Date;
  @Column('timestamptz', { name: 'applications_close_at' }) applicationsCloseAt!: Date;
  /** Vote-only, jury-only or combined: which of the judging and voting dates the contest has. */
  @Column('text', { default: 'combined' }) shape!: ContestShape;
  /** Null exactly when the contest is vote-only. */
  @Column('timestamptz', { name: 'judging_start_at', nullable: true }) judgingStartAt!: Date | null;
  @Column('timestamptz', { name: 'judging_end_at', nullable: true }) judgingEndAt!: Date | null;
  @Column('timestamptz', { name: 'voting_start_at', nullable: true }) votingStartAt!: Date | null;
  @Column('timestamptz', { name: 'voting_end_at', nullable: true }) votingEndAt!: Date | null;
  @Column('timestamptz', { name: 'results_published_at', nullable: true }) resultsPublishedAt!: Date | null;
  /** Whether organisers let the running vote counts show before results. */
  @Column('boolean', { name: 'live_counts' }) liveCounts!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
