import type { CommitteeKind, LocalizedText } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('committee')
export class Committee {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') kind!: CommitteeKind;
  @Column('jsonb') name!: LocalizedText;
  @Column('text', { nullable: true }) chair!: string | null;
  /** Keys of the framework indices whose submissions the committee reviews. */
  @Column('text', { array: true }) indices!: string[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
