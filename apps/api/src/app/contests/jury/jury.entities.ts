import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A juror's seat in one nomination; the organisation decides automatic exclusions. */
@Entity('contest_juror')
export class ContestJuror {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'nomination_id' }) nominationId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') organisation!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A juror's declared conflict with one application: they do not score it in any nomination. */
@Entity('juror_conflict')
export class JurorConflict {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'application_id' }) applicationId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') reason!: string;
  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' }) declaredAt!: Date;
}

/** One juror's scores (criterion key → 0..10) for one application in one nomination. */
@Entity('score_sheet')
export class ScoreSheet {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'nomination_id' }) nominationId!: string;
  @Column('uuid', { name: 'application_id' }) applicationId!: string;
  @Column('uuid', { name: 'juror_id' }) jurorId!: string;
  @Column('jsonb') scores!: Record<string, number>;
  @Column('text', { nullable: true }) comment!: string | null;
  @VersionColumn() version!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
