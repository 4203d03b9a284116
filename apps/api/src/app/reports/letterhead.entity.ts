import type { LetterheadEmblemType, LocalizedText } from '@prgauge/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A region's letterhead, printed at the top of its PDF reports; one row per region, once a director saves it. */
@Entity('region_letterhead')
export class RegionLetterhead {
  @PrimaryColumn('uuid', { name: 'region_id' }) regionId!: string;
  @Column('jsonb') name!: LocalizedText;
  @Column('jsonb') address!: LocalizedText;
  @Column('bytea', { nullable: true }) emblem!: Buffer | null;
  @Column('text', { name: 'emblem_type', nullable: true }) emblemType!: LetterheadEmblemType | null;
  @VersionColumn() version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
