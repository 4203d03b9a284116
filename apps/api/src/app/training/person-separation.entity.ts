import { CreateDateColumn, Entity, PrimaryColumn, Column } from 'typeorm';

/**
 * A doubtful pair that someone decided is two people: it is no longer offered for merging. The pair is stored
 * once, the smaller id first.
 */
@Entity('training_person_separation')
export class PersonSeparation {
  @PrimaryColumn('uuid', { name: 'first_person_id' }) firstPersonId!: string;
  @PrimaryColumn('uuid', { name: 'second_person_id' }) secondPersonId!: string;
  @Column('uuid', { name: 'region_id' }) regionId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
