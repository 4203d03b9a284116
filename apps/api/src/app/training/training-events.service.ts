import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, SessionUser, TrainingEventView } from '@prgauge/contracts';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { isCommitteeOfRegion } from '../committees/committee-references';
import { InvalidFieldsException, StaleVersionException, type FieldProblemInput } from '../common/api-error';
import { pageOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { targetRegion } from '../regions/target-region';
import { CreateTrainingEventDto, UpdateTrainingEventDto } from './dto/training-event.dto';
import { assertMayManageTraining } from './training-access';
import { TrainingEvent } from './training-event.entity';
import { countEvents, EventQuery, loadEventViews } from './training-event-views';
import { TrainingProgramme } from './training-programme.entity';
import { TrainingTopic } from './training-topic.entity';

const FIELDS: (keyof TrainingEvent & string)[] = [
  'title',
  'topicId',
  'format',
  'committeeId',
  'programmeId',
  'startDate',
  'endDate',
  'location',
  'trainers',
  'plannedHours',
  'audiences',
  'invited',
];

const PLAIN_FIELDS = [
  'title',
  'topicId',
  'format',
  'committeeId',
  'programmeId',
  'startDate',
  'endDate',
  'location',
  'plannedHours',
  'invited',
] as const;

@Injectable()
export class TrainingEventsService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(TrainingEvent) private readonly events: Repository<TrainingEvent>,
    private readonly audit: AuditService,
  ) {}

  /** One page of the events the caller may see, newest first (see `loadEventViews` for the order). */
  async list(user: SessionUser, filter: EventQuery, window: PageWindow): Promise<Page<TrainingEventView>> {
    const query = { ...filter, regionId: regionFor(user, filter.regionId) };
    const manager = this.manager;
    const [items, total] = await Promise.all([
      loadEventViews(manager, query, window),
      countEvents(manager, query, window),
    ]);
    return pageOf(items, total, window);
  }

  async get(eventId: string, user: SessionUser): Promise<TrainingEventView> {
    const [view] = await loadEventViews(this.manager, { ids: [eventId] });
    if (!view) throw new RecordNotFoundException('training_event');
    assertRegion(user, view.regionId, 'training_event');
    return view;
  }

  async create(body: CreateTrainingEventDto, actor: Actor): Promise<TrainingEventView> {
    return this.manager.transaction(async (manager) => {
      const regionId = await targetRegion(manager, actor.user, body.regionId);
      await assertMayManageTraining(manager, actor.user, 'training.event.manage', regionId);
      const event = manager.create(TrainingEvent, {
        regionId,
        title: body.title,
        topicId: body.topicId,
        format: body.format,
        committeeId: body.committeeId ?? null,
        programmeId: body.programmeId ?? null,
        startDate: body.startDate,
        endDate: body.endDate,
        location: body.location ?? null,
        trainers: (body.trainers ?? []).map((t) => ({ name: t.name, affiliation: t.affiliation ?? null })),
        plannedHours: body.plannedHours,
        audiences: [...new Set(body.audiences)],
        invited: body.invited ?? null,
      });
      await this.checkReferences(manager, event, true);
      const saved = await manager.save(TrainingEvent, event);
      await this.audit.record(manager, actor, {
        action: 'training.event.create',
        entity: 'training_event',
        entityId: saved.id,
        regionId,
        changes: fieldChanges(null, saved, FIELDS),
      });
      return (await loadEventViews(manager, { ids: [saved.id] }))[0];
    });
  }

  async update(eventId: string, body: UpdateTrainingEventDto, actor: Actor): Promise<TrainingEventView> {
    return this.manager.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      await assertMayManageTraining(
        manager,
        actor.user,
        'training.event.manage',
        event.regionId,
        'training_event',
      );
      if (event.version !== body.version)
        throw new StaleVersionException((await loadEventViews(manager, { ids: [eventId] }))[0]);
      const next: TrainingEvent = Object.assign(new TrainingEvent(), event);
      for (const field of PLAIN_FIELDS)
        if (body[field] !== undefined) Object.assign(next, { [field]: body[field] });
      if (body.trainers)
        next.trainers = body.trainers.map((t) => ({ name: t.name, affiliation: t.affiliation ?? null }));
      if (body.audiences) next.audiences = [...new Set(body.audiences)];
      await this.checkReferences(manager, next, body.topicId !== undefined && body.topicId !== event.topicId);
      const saved = await manager.save(TrainingEvent, next);
      await this.audit.record(manager, actor, {
        action: 'training.event.update',
        entity: 'training_event',
        entityId: event.id,
        regionId: event.regionId,
        changes: fieldChanges(event, saved, FIELDS),
      });
      return (await loadEventViews(manager, { ids: [eventId] }))[0];
    });
  }

  async remove(eventId: string, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      await assertMayManageTraining(
        manager,
        actor.user,
        'training.event.manage',
        event.regionId,
        'training_event',
      );
      await manager.delete(TrainingEvent, event.id);
      await this.audit.record(manager, actor, {
        action: 'training.event.delete',
        entity: 'training_event',
        entityId: event.id,
        regionId: event.regionId,
        changes: fieldChanges(event, {}, FIELDS),
      });
    });
  }

  /** Topic and committee of the event's own region, an existing programme, and an end after the start. */
  private async checkReferences(
    manager: EntityManager,
    event: TrainingEvent,
    newTopic: boolean,
  ): Promise<void> {
    const problems: FieldProblemInput[] = [];
    if (event.endDate < event.startDate)
      problems.push({
        field: 'endDate',
        code: 'field.too_early',
        params: { other: 'startDate', otherDate: event.startDate },
        problems: ['is before startDate'],
      });
    const topic = await manager.findOneBy(TrainingTopic, { id: event.topicId, regionId: event.regionId });
    if (!topic || (newTopic && !topic.active))
      problems.push({
        field: 'topicId',
        code: 'field.unknown_reference',
        params: { value: event.topicId, regionId: event.regionId },
        problems: ["is not an active training topic of the event's region"],
      });
    if (event.committeeId && !(await isCommitteeOfRegion(manager, event.committeeId, event.regionId)))
      problems.push({
        field: 'committeeId',
        code: 'field.unknown_reference',
        params: { value: event.committeeId, regionId: event.regionId },
        problems: ["is not a committee of the event's region"],
      });
    if (event.programmeId && !(await manager.existsBy(TrainingProgramme, { id: event.programmeId })))
      problems.push({
        field: 'programmeId',
        code: 'field.unknown_reference',
        params: { value: event.programmeId },
        problems: ['is not a known training programme'],
      });
    if (problems.length)
      throw new InvalidFieldsException(problems, 'training.event_invalid', { count: problems.length });
  }
}

/** The event, locked for the rest of the transaction, or 404. */
export async function lockEvent(manager: EntityManager, eventId: string): Promise<TrainingEvent> {
  const event = await manager
    .getRepository(TrainingEvent)
    .createQueryBuilder('e')
    .setLock('pessimistic_write')
    .where('e.id = :id', { id: eventId })
    .getOne();
  if (!event) throw new RecordNotFoundException('training_event');
  return event;
}
