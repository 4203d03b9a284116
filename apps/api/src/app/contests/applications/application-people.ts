import type { ApplicationAuthor } from '@prgauge/contracts';
import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type UpdateEvent } from 'typeorm';
import { ContestApplication } from './contest-application.entity';

/** The one-line display of an application's people, kept for lists, ballots and results. */
export interface PeopleDisplay {
  candidateName: string;
  candidatePosition: string;
  candidateOrganisation: string;
}

/** Authors' names joined by ", ", the lead author's position, and the organisations joined by "; ". */
export function peopleDisplay(authors: ApplicationAuthor[], organisations: string[]): PeopleDisplay {
  return {
    candidateName: authors.map((a) => a.name).join(', '),
    candidatePosition: authors[0]?.position ?? '',
    candidateOrganisation: organisations.join('; '),
  };
}

/**
 * Organisations as one field held them before applications had several: organisers typed two joined by ";".
 * Trimmed, empty parts dropped; a text of only separators stays one organisation.
 */
export function splitOrganisations(text: string): string[] {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length ? parts : [text.trim()];
}

/** The people of a filing given with the deprecated single-candidate fields: one author, its organisations. */
export function peopleOfSingleCandidate(c: PeopleDisplay): {
  authors: ApplicationAuthor[];
  organisations: string[];
} {
  return {
    authors: [{ name: c.candidateName.trim(), position: c.candidatePosition.trim() }],
    organisations: splitOrganisations(c.candidateOrganisation),
  };
}

/**
 * Keeps an application's people and its display fields in step on every TypeORM insert and save: `authors` and
 * `organisations` are the record, and the candidate fields follow them; a write that gives only the candidate
 * fields (records written before several authors existed) gets one author from them. On insert it also gives
 * the reference number, `<contest year>-<serial>`, the serial from one database sequence so that two filings
 * never share one. Listed before the search subscriber, which reads the display fields.
 */
@EventSubscriber()
export class ApplicationPeopleSubscriber implements EntitySubscriberInterface<ContestApplication> {
  listenTo() {
    return ContestApplication;
  }

  async beforeInsert(event: InsertEvent<ContestApplication>): Promise<void> {
    const a = event.entity;
    if (a.authors === undefined && a.candidateName !== undefined)
      Object.assign(a, peopleOfSingleCandidate(a));
    if (a.authors !== undefined && a.organisations !== undefined)
      Object.assign(a, peopleDisplay(a.authors, a.organisations));
    if (a.referenceNumber === undefined)
      a.referenceNumber = await nextReferenceNumber(event.manager.query.bind(event.manager), a.contestId);
  }

  beforeUpdate(event: UpdateEvent<ContestApplication>): void {
    const a = event.entity as Partial<ContestApplication> | undefined;
    if (a?.authors !== undefined && a.organisations !== undefined)
      Object.assign(a, peopleDisplay(a.authors, a.organisations));
  }
}

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/** `<contest year>-<serial>`, the serial zero-padded to five digits: digits only, so it reads alike over the phone. */
async function nextReferenceNumber(query: Query, contestId: string): Promise<string> {
  const [row] = (await query(
    `SELECT c.year, nextval('contest_application_reference_seq')::text AS serial FROM contest c WHERE c.id = $1`,
    [contestId],
  )) as { year: number; serial: string }[];
  return `${row.year}-${row.serial.padStart(5, '0')}`;
}
