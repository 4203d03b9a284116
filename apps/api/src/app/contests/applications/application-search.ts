import { EventSubscriber } from 'typeorm';
import { SearchColumnSubscriber } from '../../common/search-column';
import { ContestApplication } from './contest-application.entity';

/** What an application is found by: the candidate's name and organisation, and the project's title. */
export const applicationSearchTexts = (
  application: Pick<ContestApplication, 'candidateName' | 'candidateOrganisation' | 'projectTitle'>,
): string[] => [application.candidateName, application.candidateOrganisation, application.projectTitle];

/** Keeps `contest_application.name_search` in step with the candidate's name, organisation and project. */
@EventSubscriber()
export class ApplicationSearchSubscriber extends SearchColumnSubscriber<ContestApplication> {
  protected readonly entity = ContestApplication;
  protected readonly column = 'nameSearch';
  protected readonly sources = ['candidateName', 'candidateOrganisation', 'projectTitle'] as const;
  protected texts(application: ContestApplication): string[] {
    return applicationSearchTexts(application);
  }
}
