import type { LocalizedText } from '@prgauge/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A region's training topic; a retired one stays on its past events but is offered no more. */
@Entity('training_topic')
export class TrainingTopic {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') code!: string;
  @Column('jsonb') name!: LocalizedText;
  @Column('boolean') active!: boolean;
}
