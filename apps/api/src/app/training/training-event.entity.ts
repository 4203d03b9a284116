import type { Trainer, TrainingAudience, TrainingFormat } from '@prgauge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { numeric } from './numeric.transformer';

@Entity('training_event')
export class TrainingEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') title!: string;
  /** The search document of the title, place and trainers (`searchDocument`), kept by `EventSearchSubscriber`. */
  @Column('text', { name: 'title_search', select: false }) titleSearch!: string;
  @Column('uuid', { name: 'topic_id' }) topicId!: string;
  @Column('text') format!: TrainingFormat;
  @Column('uuid', { name: 'committee_id', nullable: true }) committeeId!: string | null;
  @Column('uuid', { name: 'programme_id', nullable: true }) programmeId!: string | null;
  @Column('date', { name: 'start_date' }) startDate!: string;
  @Column('date', { name: 'end_date' }) endDate!: string;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('jsonb') trainers!: Trainer[];
  @Column('numeric', { name: 'planned_hours', transformer: numeric }) plannedHours!: number;
  @Column('text', { array: true }) audiences!: TrainingAudience[];
  @Column('integer', { nullable: true }) invited!: number | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
