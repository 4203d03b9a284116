import type { Calendar, IsoWeekday, Locale, LocalizedText } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('region')
export class Region {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('jsonb') name!: LocalizedText;
  /** IANA time zone name, checked against Intl when written. */
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('text', { name: 'default_locale' }) defaultLocale!: Locale;
  @Column('text') calendar!: Calendar;
  /** ISO weekdays nobody works in the region (1 Monday … 7 Sunday). */
  @Column('smallint', { name: 'days_off', array: true }) daysOff!: IsoWeekday[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
