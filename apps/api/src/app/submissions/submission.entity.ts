import type { SubmissionStatus } from '@prgauge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('submission')
export class Submission {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'cycle_id' }) cycleId!: string;
  @Column('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column({
    type: 'enum',
    enum: ['draft', 'submitted', 'returned', 'approved'],
    enumName: 'submission_status',
  })
  status!: SubmissionStatus;
  @VersionColumn() version!: number;
  @Column('timestamptz', { name: 'extension_until', nullable: true }) extensionUntil!: Date | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  @Column('timestamptz', { name: 'last_reviewed_at', nullable: true }) lastReviewedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
