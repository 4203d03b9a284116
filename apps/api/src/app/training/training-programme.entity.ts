import type { LocalizedText } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A national programme whose events run in several regions. */
@Entity('training_programme')
export class TrainingProgramme {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('jsonb') name!: LocalizedText;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('date', { name: 'start_date' }) startDate!: string;
  @Column('date', { name: 'end_date', nullable: true }) endDate!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
