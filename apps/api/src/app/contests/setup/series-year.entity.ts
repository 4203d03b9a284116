import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';

/**
 * Figures of a year of a contest series from before the product held it, as the organisers entered them
 * (participants, applications, winners; a figure nobody knows is null). A year the product holds a contest of
 * is never entered: its figures come from that contest.
 */
@Entity('contest_series_year')
@Unique('contest_series_year_series_year_key', ['series', 'year'])
export class SeriesYear {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') series!: string;
  @Column('integer') year!: number;
  @Column('integer', { nullable: true }) participants!: number | null;
  @Column('integer', { nullable: true }) applications!: number | null;
  @Column('integer', { nullable: true }) winners!: number | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
