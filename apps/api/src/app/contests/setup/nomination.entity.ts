import type { ContestCriterion, LocalizedText, ScoringMode, TieBreak } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { numeric } from '../../training/numeric.transformer';

/** Three points on the jurors' 0–10 scale: a whole grade apart on a third of it, worth a second look. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 3;

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
  /** Juror disagreement: a spread of jurors' totals above this (0–10 scale) is flagged on the results preview. */
  @Column('numeric', { name: 'disagreement_threshold', transformer: numeric }) disagreementThreshold!: number;
  @Column('integer') position!: number;
  /** The tie-break chain in order; empty: tied candidates share the place. */
  @Column('text', { name: 'tie_breaks', array: true, default: () => "'{}'" }) tieBreaks!: TieBreak[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
