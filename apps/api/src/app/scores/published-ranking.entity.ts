import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The ranking response of one publication, serialised once so reads never recompute or re-serialise it. */
@Entity('published_ranking')
export class PublishedRanking {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('integer') publication!: number;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
  @Column('uuid', { name: 'published_by', nullable: true }) publishedBy!: string | null;
  @Column('text') body!: string;
}
