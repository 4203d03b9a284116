import type { SeriesYearView } from '@prgauge/contracts';
import { EntityManager, LessThan } from 'typeorm';
import { SeriesYear } from './series-year.entity';

/** The shape an entered year is answered in. */
export const toSeriesYearView = (y: SeriesYear): SeriesYearView => ({
  series: y.series,
  year: y.year,
  participants: y.participants,
  applications: y.applications,
  winners: y.winners,
  version: y.version,
});

/** The years of `series` entered as figures before `beforeYear`, oldest first; for the results' statistics. */
export async function enteredSeriesYears(
  manager: EntityManager,
  series: string,
  beforeYear: number,
): Promise<SeriesYearView[]> {
  const years = await manager.find(SeriesYear, {
    where: { series, year: LessThan(beforeYear) },
    order: { year: 'ASC' },
  });
  return years.map(toSeriesYearView);
}
