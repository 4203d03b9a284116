import type { CycleStatus, FrameworkDocument } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('cycle')
export class Cycle {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') name!: string;
  @Column('date', { name: 'period_start' }) periodStart!: string;
  @Column('date', { name: 'period_end' }) periodEnd!: string;
  @Column('timestamptz') deadline!: Date;
  @Column({
    type: 'enum',
    enum: ['draft', 'open', 'review', 'published', 'archived'],
    enumName: 'cycle_status',
  })
  status!: CycleStatus;
  @Column('jsonb') framework!: FrameworkDocument;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  /** Bumped on every publish, so snapshots of an earlier publication stay apart from the current one. */
  @Column('integer') publication!: number;
  /** A past cycle whose results were brought in from elsewhere: it may be published without approvals. */
  @Column('boolean', { name: 'imported_history', default: false }) importedHistory!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
