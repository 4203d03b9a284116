import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One agency's total and rank as the directorate published them for a cycle of imported history, as given with
 * the cycle; replaced as a whole while the cycle is unpublished.
 */
@Entity('published_then')
export class PublishedThenRow {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column('double precision', { nullable: true }) total!: number | null;
  @Column('integer', { nullable: true }) rank!: number | null;
}
