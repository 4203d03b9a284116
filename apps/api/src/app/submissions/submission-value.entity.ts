import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('submission_value')
export class SubmissionValue {
  @PrimaryColumn('uuid', { name: 'submission_id' }) submissionId!: string;
  @PrimaryColumn('text', { name: 'indicator_key' }) indicatorKey!: string;
  @Column('double precision', { nullable: true }) value!: number | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** The value as it stood at the last review, to count what changed since. */
  @Column('double precision', { name: 'reviewed_value', nullable: true }) reviewedValue!: number | null;
}
