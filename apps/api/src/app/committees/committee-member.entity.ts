import type { CommitteeMemberRole } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A seat on a committee: an account of the region, or an outside person named by hand. */
@Entity('committee_member')
export class CommitteeMember {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'committee_id' }) committeeId!: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text', { name: 'person_name', nullable: true }) personName!: string | null;
  @Column('text', { nullable: true }) affiliation!: string | null;
  @Column('text') role!: CommitteeMemberRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
