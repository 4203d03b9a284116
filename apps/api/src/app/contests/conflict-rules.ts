/** Organisation names as people type them: case, quotes and spacing do not make a different organisation. */
export function organisationKey(name: string): string {
  return name
    .toLocaleLowerCase('ru')
    .replace(/[«»"'“”„`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
