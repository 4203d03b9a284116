import { searchKey } from '@prgauge/text';

/**
 * Organisation names as people type them: case, quotes, spacing, ё/е and the Arabic or Persian letter forms
 * of a keyboard do not make a different organisation (the shared search key).
 */
export function organisationKey(name: string): string {
  return searchKey(name);
}

/** A juror is excluded from an application of their own organisation, and from one they declared a conflict with. */
export function isExcluded(
  jurorOrganisation: string,
  candidateOrganisation: string,
  declared: boolean,
): boolean {
  return declared || organisationKey(jurorOrganisation) === organisationKey(candidateOrganisation);
}

/** One person across applications: the same name in the same organisation. */
export function personKey(name: string, organisation: string): string {
  return `${organisationKey(name)}|${organisationKey(organisation)}`;
}
