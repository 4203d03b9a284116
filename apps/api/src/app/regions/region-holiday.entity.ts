import type { LocalizedText } from '@prgauge/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A public holiday of one region: nobody works that day, whatever its weekday. */
@Entity('region_holiday')
export class RegionHoliday {
  @PrimaryColumn('uuid', { name: 'region_id' }) regionId!: string;
  /** The Gregorian day, `YYYY-MM-DD`, on the wall clocks of the region's zone. */
  @PrimaryColumn('date') day!: string;
  @Column('jsonb') name!: LocalizedText;
}
