import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * A participant as a person, so that a deputy who attends two events counts once in people trained. Keys are
 * `personKeys` of the first register row that named them; see `person-match.ts` for the rule.
 */
@Entity('training_person')
export class TrainingPerson {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @Column('text') name!: string;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('text', { nullable: true }) outlet!: string | null;
  /** National id or personnel number as typed; personal data, never sent back. */
  @Column('text', { name: 'personal_id', nullable: true }) personalId!: string | null;
  @Column('text', { name: 'name_key' }) nameKey!: string;
  @Column('text', { name: 'organisation_key' }) organisationKey!: string;
  @Column('text', { name: 'personal_id_key', nullable: true }) personalIdKey!: string | null;
  /** Set once merged: the person who holds this one's rows now, and whom later rows with these keys join. */
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
