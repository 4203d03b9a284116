import type { ContestCriterion, LocalizedText, ScoringMode, TieBreak } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { numeric } from '../../training/numeric.transformer';

@Entity('nomination')
export class Nomination {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'contest_id' }) contestId!: string;
  @Column('jsonb') name!: LocalizedText;
  /** How many winners the nomination has. */
  @Column('integer') places!: number;
  @Column('jsonb') criteria!: ContestCriterion[];
  @Column('text', { name: 'scoring_mode' }) scoringMode!: ScoringMode;
  @Column('numeric', { name: 'jury_share', transformer: numeric }) juryShare!: number;
  @Column('boolean', { name: 'comment_required' }) commentRequired!: boolean;
  @Column('boolean', { name: 'normalise_jurors' }) normaliseJurors!: boolean;
  @Column('numeric', { name: 'prize_amount', nullable: true, transformer: numeric })
  prizeAmount!: number | null;
  @Column('text', { name: 'prize_currency', nullable: true }) prizeCurrency!: string | null;
  @Column('integer') position!: number;
  /** The tie-break chain in order; empty: tied candidates share the place. */
  @Column('text', { name: 'tie_breaks', array: true, default: () => "'{}'" }) tieBreaks!: TieBreak[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
