import { HttpStatus, Injectable } from '@nestjs/common';
import type { DoubtfulPersonPair, SessionUser, TrainingPersonView } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException, InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { regionFor } from '../common/scope';
import { Attendance } from './attendance.entity';
import { PersonSeparation } from './person-separation.entity';
import { doubtfulPairs, personViews } from './training-person-views';
import { TrainingPerson } from './training-person.entity';
import { assertMayManageTraining } from './training-access';

/** The merge screen: doubtful pairs of participants, merged or kept apart by a person, never by themselves. */
@Injectable()
export class TrainingPersonsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** The region's doubtful pairs (a national admin names the region), by name. */
  async doubtful(user: SessionUser, requestedRegion?: string): Promise<DoubtfulPersonPair[]> {
    const regionId = regionFor(user, requestedRegion);
    if (!regionId)
      throw new InvalidFieldsException([
        { field: 'regionId', code: 'field.required', params: {}, problems: ['names the region'] },
      ]);
    await assertMayManageTraining(this.manager, user, 'training.attendance.manage', regionId, 'region');
    return doubtfulPairs(this.manager, regionId);
  }

  /**
   * Moves every row of `otherId` to `personId` and leaves `otherId` pointing at it, so later rows matching the
   * merged person's name and organisation join the kept one. A stale version of either answers 409.
   */
  async merge(
    personId: string,
    body: { otherPersonId: string; version: number; otherVersion: number },
    actor: Actor,
  ): Promise<TrainingPersonView> {
    return this.manager.transaction(async (manager) => {
      const [kept, other] = await this.lockPair(manager, personId, body.otherPersonId, actor);
      if (kept.version !== body.version) throw new StaleVersionException(await view(manager, kept.id));
      if (other.version !== body.otherVersion) throw new StaleVersionException(await view(manager, other.id));
      if (kept.personalIdKey && other.personalIdKey)
        throw new ApiException(HttpStatus.BAD_REQUEST, 'training.persons_distinct_ids', {});
      const moved = await manager.update(Attendance, { personId: other.id }, { personId: kept.id });
      await manager.update(TrainingPerson, { mergedIntoId: other.id }, { mergedIntoId: kept.id });
      if (other.personalIdKey) {
        await manager.update(TrainingPerson, { id: other.id }, { personalId: null, personalIdKey: null });
        kept.personalId = other.personalId;
        kept.personalIdKey = other.personalIdKey;
      }
      await manager.update(TrainingPerson, { id: other.id }, { mergedIntoId: kept.id });
      await manager.save(TrainingPerson, kept);
      await this.audit.record(manager, actor, {
        action: 'training.person.merge',
        entity: 'training_person',
        entityId: kept.id,
        regionId: kept.regionId,
        changes: [
          { field: 'mergedPersonId', old: null, new: other.id },
          { field: 'rows', old: null, new: moved.affected ?? 0 },
        ],
      });
      return view(manager, kept.id);
    });
  }

  /** Records that the pair is two people, so it is no longer offered; asking twice changes nothing. */
  async keepApart(personId: string, otherPersonId: string, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const [first, second] = await this.lockPair(manager, personId, otherPersonId, actor);
      const [low, high] = [first.id, second.id].sort();
      await manager
        .createQueryBuilder()
        .insert()
        .into(PersonSeparation)
        .values({ firstPersonId: low, secondPersonId: high, regionId: first.regionId })
        .orIgnore()
        .execute();
      await this.audit.record(manager, actor, {
        action: 'training.person.keep_apart',
        entity: 'training_person',
        entityId: first.id,
        regionId: first.regionId,
        changes: [{ field: 'otherPersonId', old: null, new: second.id }],
      });
    });
  }

  /** Both persons, locked, of one region the actor manages, neither merged away. */
  private async lockPair(
    manager: EntityManager,
    personId: string,
    otherId: string,
    actor: Actor,
  ): Promise<[TrainingPerson, TrainingPerson]> {
    if (personId === otherId) throw new ApiException(HttpStatus.BAD_REQUEST, 'training.same_person', {});
    const persons = await manager
      .getRepository(TrainingPerson)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id IN (:...ids)', { ids: [personId, otherId] })
      .orderBy('p.id')
      .getMany();
    const person = persons.find((p) => p.id === personId);
    const other = persons.find((p) => p.id === otherId);
    if (!person) throw new RecordNotFoundException('training_person');
    await assertMayManageTraining(
      manager,
      actor.user,
      'training.attendance.manage',
      person.regionId,
      'training_person',
    );
    // Another region's person is answered as a missing one, so ids cannot be probed.
    if (!other || other.regionId !== person.regionId)
      throw new RecordNotFoundException('training_person');
    for (const p of [person, other])
      if (p.mergedIntoId)
        throw new ApiException(HttpStatus.CONFLICT, 'training.person_merged', {
          intoPersonId: p.mergedIntoId,
        });
    return [person, other];
  }
}

async function view(manager: EntityManager, personId: string): Promise<TrainingPersonView> {
  const [person] = await personViews(manager, [personId]);
  return person;
}
