import type { TrainingAudience } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { numeric } from './numeric.transformer';

/** One participant's row in an event's register. */
@Entity('attendance')
export class Attendance {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  /** The person the row counts for (`resolvePersons`); rows of one person count once in people trained. */
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('text', { name: 'participant_name' }) participantName!: string;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  /** The media outlet or organisation of a participant from outside the region's agencies. */
  @Column('text', { nullable: true }) outlet!: string | null;
  @Column('text') audience!: TrainingAudience;
  @Column('boolean') attended!: boolean;
  @Column('numeric', { transformer: numeric }) hours!: number;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
