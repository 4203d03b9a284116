import { EntityManager, In } from 'typeorm';
import { matchPerson, personKeys, type KnownPerson, type PersonFacts } from './person-match';
import { TrainingPerson } from './training-person.entity';

/**
 * The person of each register row, in order: an existing person of the region by `matchPerson`, or a new one.
 * A row that matches a merged person joins the person it was merged into. Persons created for earlier rows of the
 * same call are known to later ones, so a file naming someone twice makes one person.
 *
 * Runs inside the caller's transaction and holds the region's person lock until it ends, so that two registers
 * saved at once cannot each create the same person.
 *
 * @returns person ids, one per row of `rows`
 */
export async function resolvePersons(
  manager: EntityManager,
  regionId: string,
  rows: readonly PersonFacts[],
): Promise<string[]> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`training_person:${regionId}`]);
  const keys = rows.map(personKeys);
  const known = await candidates(manager, regionId, keys);
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const rowKeys = keys[index];
    const match = matchPerson(known, rowKeys);
    if (match) {
      const person = known.find((p) => p.id === match.id) as TrainingPerson;
      if (!person.mergedIntoId && rowKeys.personalIdKey && !person.personalIdKey)
        await rememberPersonalId(manager, person, row.personalId ?? null, rowKeys.personalIdKey);
      ids.push(person.mergedIntoId ?? person.id);
      continue;
    }
    const created = await manager.save(
      TrainingPerson,
      manager.create(TrainingPerson, {
        regionId,
        name: row.name.trim(),
        agencyId: row.agencyId,
        outlet: row.agencyId ? null : row.outlet?.trim() || null,
        personalId: rowKeys.personalIdKey ? (row.personalId?.trim() ?? null) : null,
        ...rowKeys,
        mergedIntoId: null,
      }),
    );
    known.push(created);
    ids.push(created.id);
  }
  return ids;
}

/** The region's persons any of the rows could match, oldest first, as `matchPerson` expects. */
async function candidates(
  manager: EntityManager,
  regionId: string,
  keys: ReturnType<typeof personKeys>[],
): Promise<(TrainingPerson & KnownPerson)[]> {
  const names = [...new Set(keys.map((k) => k.nameKey))];
  const personalIds = [...new Set(keys.flatMap((k) => (k.personalIdKey ? [k.personalIdKey] : [])))];
  return manager.find(TrainingPerson, {
    where: [
      { regionId, nameKey: In(names) },
      ...(personalIds.length ? [{ regionId, personalIdKey: In(personalIds) }] : []),
    ],
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/** A person first met without a personal id keeps the one a later row gives. */
async function rememberPersonalId(
  manager: EntityManager,
  person: TrainingPerson,
  personalId: string | null,
  personalIdKey: string,
): Promise<void> {
  person.personalId = personalId?.trim() ?? null;
  person.personalIdKey = personalIdKey;
  await manager.update(TrainingPerson, { id: person.id }, { personalId: person.personalId, personalIdKey });
}

/** The personal id on file for a person, so that renaming a row does not part it from its id. */
export async function personalIdOf(manager: EntityManager, personId: string): Promise<string | null> {
  const person = await manager.findOne(TrainingPerson, {
    where: { id: personId },
    select: { id: true, personalId: true },
  });
  return person?.personalId ?? null;
}
