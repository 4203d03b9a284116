import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One agency's published result; written once on publish and never changed. */
@Entity('score_snapshot')
export class ScoreSnapshot {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('integer') publication!: number;
  @PrimaryColumn('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column('uuid', { name: 'peer_group_id', nullable: true }) peerGroupId!: string | null;
  @Column('double precision', { nullable: true }) total!: number | null;
  @Column('integer', { nullable: true }) rank!: number | null;
  @Column('integer', { name: 'group_rank', nullable: true }) groupRank!: number | null;
  @Column('double precision') coverage!: number;
  @Column('jsonb') scores!: Record<string, number | null>;
  @Column('jsonb') contributions!: Record<string, number | null>;
  @Column('jsonb', { nullable: true }) stability!: {
    medianRank: number;
    rankInterval: [number, number];
    topThreeProbability: number;
  } | null;
  @Column('jsonb', { name: 'indicator_values' }) indicatorValues!: Record<string, number | null>;
  /** The agency attributes it was scored with (per-staff indicators divide by `prStaff`). */
  @Column('jsonb', { name: 'agency_attributes' }) agencyAttributes!: Record<string, number>;
}
