import type { ApplicationAuthor } from '@prgauge/contracts';
import { searchKey } from '@prgauge/text';

/**
 * Organisation names as people type them: case, quotes, spacing, ё/е and the Arabic or Persian letter forms
 * of a keyboard do not make a different organisation (the shared search key).
 */
export function organisationKey(name: string): string {
  return searchKey(name);
}

/**
 * A juror is excluded from an application of their own organisation (any of the application's organisations),
 * and from one they declared a conflict with.
 */
export function isExcluded(
  jurorOrganisation: string,
  candidateOrganisations: readonly string[],
  declared: boolean,
): boolean {
  const juror = organisationKey(jurorOrganisation);
  return declared || candidateOrganisations.some((o) => organisationKey(o) === juror);
}

/** One person across applications: the same name in the same organisation. */
export function personKey(name: string, organisation: string): string {
  return `${organisationKey(name)}|${organisationKey(organisation)}`;
}

/**
 * The people of one application, one key per author: each author with the application's first (lead)
 * organisation, so that an author filing twice from the same lead organisation counts once.
 */
export function authorKeys(
  authors: readonly ApplicationAuthor[],
  organisations: readonly string[],
): string[] {
  return authors.map((a) => personKey(a.name, organisations[0] ?? ''));
}
