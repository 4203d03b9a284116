import type { LocalizedText } from '@prgauge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('agency')
export class Agency {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') code!: string;
  @Column('jsonb') name!: LocalizedText;
  /** The search document of the code and names (`searchDocument`), kept by `AgencySearchSubscriber`. */
  @Column('text', { name: 'name_search', select: false }) nameSearch!: string;
  @Column('uuid', { name: 'peer_group_id', nullable: true }) peerGroupId!: string | null;
  @Column('jsonb') attributes!: Record<string, number>;
  @Column('boolean') active!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
