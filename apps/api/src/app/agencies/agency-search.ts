import { EventSubscriber } from 'typeorm';
import { SearchColumnSubscriber } from '../common/search-column';
import { Agency } from './agency.entity';

/** What an agency is found by: its code and its name in every language. */
export const agencySearchTexts = (agency: Pick<Agency, 'code' | 'name'>): (string | undefined)[] => [
  agency.code,
  ...Object.values(agency.name ?? {}),
];

/** Keeps `agency.name_search` in step with the code and names. */
@EventSubscriber()
export class AgencySearchSubscriber extends SearchColumnSubscriber<Agency> {
  protected readonly entity = Agency;
  protected readonly column = 'nameSearch';
  protected readonly sources = ['code', 'name'] as const;
  protected texts(agency: Agency): (string | undefined)[] {
    return agencySearchTexts(agency);
  }
}
