import type { ApplicationView, ContestPhase } from './contests';
import type { LocalizedText } from './locale';

/** One author of an application: a person, with their position. Each author counts as a person in statistics. */
export interface ApplicationAuthor {
  name: string;
  position: string;
}

/** How many authors and organisations one application may name. */
export const APPLICATION_PEOPLE_LIMITS = { authors: { min: 1, max: 10 }, organisations: { min: 1, max: 5 } };

/**
 * What the applicant's private link shows (`GET /api/public/application-links/:token`): the application as its
 * filer sees it, where the contest stands, whether it may still be edited, and, once results are published,
 * the place it took in each nomination it entered.
 */
export interface ApplicantApplicationView {
  /** As its filer sees it, less the agency's id: a link may be passed on, and the applicant does not need it. */
  application: Omit<ApplicationView, 'agencyId'>;
  contest: {
    id: string;
    title: LocalizedText;
    year: number;
    phase: ContestPhase;
    applicationsOpenAt: string;
    applicationsCloseAt: string;
    resultsPublishedAt: string | null;
    /** The IANA zone the contest's days are read in. */
    timeZone: string;
  };
  /** True while applications are open and the personal data were not erased: the link may then edit it. */
  editable: boolean;
  /** Once published: the application's place in each nomination it was ranked in; null before. */
  places: { nominationId: string; rank: number; winner: boolean }[] | null;
  /** The application's version, sent back with an edit; a stale one answers 409. */
  version: number;
}

/**
 * `PATCH /api/public/application-links/:token`: what the applicant may change while applications are open.
 * Absent fields stay; `null` clears an optional one.
 */
export interface UpdateApplicationByLinkRequest {
  version: number;
  authors?: ApplicationAuthor[];
  organisations?: string[];
  projectTitle?: string;
  projectStart?: string | null;
  projectEnd?: string | null;
  description?: string;
  goal?: string | null;
  results?: string | null;
  links?: string[];
}
