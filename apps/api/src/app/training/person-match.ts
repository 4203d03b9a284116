import { searchKey } from '@prgauge/text';

/** What a register row says about who attended. */
export interface PersonFacts {
  name: string;
  agencyId: string | null;
  outlet: string | null;
  personalId?: string | null;
}

/** The normalised forms that persons are matched on (`searchKey`: Persian/Arabic letters, case, spaces, quotes). */
export interface PersonKeys {
  nameKey: string;
  /** `agency:<id>` for an agency of the region, the outlet's search key otherwise, '' when neither is given. */
  organisationKey: string;
  personalIdKey: string | null;
}

export interface KnownPerson extends PersonKeys {
  id: string;
}

/** The keys of a register row's person. */
export function personKeys(facts: PersonFacts): PersonKeys {
  const personalIdKey = facts.personalId ? searchKey(facts.personalId) : '';
  return {
    nameKey: searchKey(facts.name),
    organisationKey: facts.agencyId ? `agency:${facts.agencyId}` : searchKey(facts.outlet ?? ''),
    personalIdKey: personalIdKey || null,
  };
}

/**
 * The known person a row belongs to, or null for a new person (issue 17, item 7):
 * - the same personal id is one person, whatever the name's spelling;
 * - otherwise the same normalised name and organisation is one person, unless both carry different personal ids;
 * - the same name with a different or missing organisation is only a doubtful match (see `isDoubtfulPair`),
 *   never joined here.
 *
 * @param known the region's persons, oldest first; the first that fits wins
 */
export function matchPerson(known: readonly KnownPerson[], keys: PersonKeys): KnownPerson | null {
  if (keys.personalIdKey) {
    const byId = known.find((p) => p.personalIdKey === keys.personalIdKey);
    if (byId) return byId;
  }
  return (
    known.find(
      (p) =>
        p.nameKey === keys.nameKey &&
        p.organisationKey === keys.organisationKey &&
        (p.personalIdKey === null || keys.personalIdKey === null),
    ) ?? null
  );
}

/** Two persons that may be one: the same name, a different or missing organisation, and no two different ids. */
export function isDoubtfulPair(a: PersonKeys, b: PersonKeys): boolean {
  return (
    a.nameKey === b.nameKey &&
    a.organisationKey !== b.organisationKey &&
    (a.personalIdKey === null || b.personalIdKey === null)
  );
}
