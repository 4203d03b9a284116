import type { LocalizedText } from '@prgauge/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('peer_group')
export class PeerGroup {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') code!: string;
  @Column('jsonb') name!: LocalizedText;
}
