import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '../../training/numeric.transformer';

/** The ranking of one nomination as it was published; later changes to sheets or votes do not move it. */
@Entity('contest_result')
export class ContestResult {
  @PrimaryColumn('uuid', { name: 'nomination_id' }) nominationId!: string;
  @PrimaryColumn('uuid', { name: 'application_id' }) applicationId!: string;
  @Column('numeric', { name: 'jury_score', nullable: true, transformer: numeric }) juryScore!: number | null;
  @Column('integer') votes!: number;
  @Column('numeric', { nullable: true, transformer: numeric }) score!: number | null;
  @Column('integer') rank!: number;
  @Column('boolean') winner!: boolean;
}
