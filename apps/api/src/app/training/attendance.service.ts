import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AttendanceView, AuditAction, SessionUser } from '@prgauge/contracts';
import { EntityManager, Repository } from 'typeorm';
import { isAgencyOfRegion } from '../agencies/agency-references';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { InvalidFieldsException, StaleVersionException, type FieldProblemInput } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion } from '../common/scope';
import { Attendance } from './attendance.entity';
import { AttendanceRowDto, UpdateAttendanceDto } from './dto/attendance.dto';
import { assertMayManageTraining } from './training-access';
import { TrainingEvent } from './training-event.entity';
import { lockEvent } from './training-events.service';
import { personalIdOf, resolvePersons } from './person-registry';
import { RegisterFilledNotice } from './register-filled-notice';

export const ROW_FIELDS = ['participantName', 'agencyId', 'outlet', 'audience', 'attended', 'hours'] as const;

export const toAttendanceView = (a: Attendance): AttendanceView => ({
  id: a.id,
  eventId: a.eventId,
  personId: a.personId,
  participantName: a.participantName,
  agencyId: a.agencyId,
  outlet: a.outlet,
  audience: a.audience,
  attended: a.attended,
  hours: a.hours,
  version: a.version,
});

/** The attendance register of an event, row by row. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(Attendance) private readonly attendance: Repository<Attendance>,
    private readonly audit: AuditService,
    private readonly registerFilled: RegisterFilledNotice,
  ) {}

  /** The register; an agency editor sees only the rows of their own agency. */
  async list(eventId: string, user: SessionUser): Promise<AttendanceView[]> {
    const event = await this.manager.getRepository(TrainingEvent).findOneBy({ id: eventId });
    if (!event) throw new RecordNotFoundException('training_event');
    assertRegion(user, event.regionId, 'training_event');
    const rows = await this.attendance.find({
      where: { eventId, ...(user.role === 'agency_editor' ? { agencyId: user.agencyId ?? '' } : {}) },
      order: { participantName: 'ASC', createdAt: 'ASC' },
    });
    return rows.map(toAttendanceView);
  }

  async add(eventId: string, body: AttendanceRowDto, actor: Actor): Promise<AttendanceView> {
    return this.manager.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      await assertMayManageTraining(
        manager,
        actor.user,
        'training.attendance.manage',
        event.regionId,
        'training_event',
      );
      const row = manager.create(Attendance, {
        eventId,
        participantName: body.participantName,
        agencyId: body.agencyId ?? null,
        outlet: body.outlet ?? null,
        audience: body.audience,
        attended: body.attended ?? true,
        hours: body.hours ?? event.plannedHours,
      });
      await checkRow(manager, event, row);
      row.personId = await personOf(manager, event, row, body.personalId);
      const rowsBefore = await this.registerFilled.rowsBefore(manager, eventId);
      const saved = await manager.save(Attendance, row);
      await this.record(
        manager,
        actor,
        event,
        'training.attendance.add',
        saved.id,
        fieldChanges(null, saved, [...ROW_FIELDS]),
      );
      await this.registerFilled.tell(manager, event, {
        rowsBefore,
        firstRowId: saved.id,
        actorId: actor.user.id,
      });
      return toAttendanceView(saved);
    });
  }

  async update(rowId: string, body: UpdateAttendanceDto, actor: Actor): Promise<AttendanceView> {
    return this.manager.transaction(async (manager) => {
      const { row, event } = await this.lockRow(manager, rowId, actor);
      if (row.version !== body.version) throw new StaleVersionException(toAttendanceView(row));
      const next = Object.assign(new Attendance(), row);
      for (const field of ROW_FIELDS)
        if (body[field] !== undefined) Object.assign(next, { [field]: body[field] });
      await checkRow(manager, event, next);
      if (PERSON_FIELDS.some((field) => body[field] !== undefined))
        next.personId = await personOf(
          manager,
          event,
          next,
          body.personalId === undefined ? await personalIdOf(manager, row.personId) : body.personalId,
        );
      const saved = await manager.save(Attendance, next);
      await this.record(
        manager,
        actor,
        event,
        'training.attendance.update',
        row.id,
        fieldChanges(row, saved, [...ROW_FIELDS]),
      );
      return toAttendanceView(saved);
    });
  }

  async remove(rowId: string, version: number | undefined, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const { row, event } = await this.lockRow(manager, rowId, actor);
      if (version !== undefined && row.version !== version)
        throw new StaleVersionException(toAttendanceView(row));
      await manager.delete(Attendance, row.id);
      await this.record(
        manager,
        actor,
        event,
        'training.attendance.delete',
        row.id,
        fieldChanges(row, {}, [...ROW_FIELDS]),
      );
    });
  }

  private async lockRow(
    manager: EntityManager,
    rowId: string,
    actor: Actor,
  ): Promise<{ row: Attendance; event: TrainingEvent }> {
    const row = await manager
      .getRepository(Attendance)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: rowId })
      .getOne();
    if (!row) throw new RecordNotFoundException('attendance');
    const event = await manager.findOneByOrFail(TrainingEvent, { id: row.eventId });
    await assertMayManageTraining(
      manager,
      actor.user,
      'training.attendance.manage',
      event.regionId,
      'attendance',
    );
    return { row, event };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    event: TrainingEvent,
    action: AuditAction,
    rowId: string,
    changes: ReturnType<typeof fieldChanges>,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      action,
      entity: 'attendance',
      entityId: rowId,
      regionId: event.regionId,
      changes: [{ field: 'eventId', old: null, new: event.id }, ...changes],
    });
  }
}

/** The fields that say who attended: a change to any of them matches the row's person again. */
const PERSON_FIELDS = ['participantName', 'agencyId', 'outlet', 'personalId'] as const;

/** The person a row counts for, matched in the event's region. */
async function personOf(
  manager: EntityManager,
  event: TrainingEvent,
  row: Attendance,
  personalId: string | null | undefined,
): Promise<string> {
  const [personId] = await resolvePersons(manager, event.regionId, [
    { name: row.participantName, agencyId: row.agencyId, outlet: row.outlet, personalId: personalId ?? null },
  ]);
  return personId;
}

/** A row's agency lies in the event's region, and nobody attends longer than the event was planned for. */
async function checkRow(manager: EntityManager, event: TrainingEvent, row: Attendance): Promise<void> {
  const problems: FieldProblemInput[] = [];
  if (row.agencyId && !(await isAgencyOfRegion(manager, row.agencyId, event.regionId)))
    problems.push({
      field: 'agencyId',
      code: 'field.unknown_reference',
      params: { value: row.agencyId, regionId: event.regionId },
      problems: ["is not an agency of the event's region"],
    });
  if (row.hours > event.plannedHours)
    problems.push({
      field: 'hours',
      code: 'field.too_large',
      params: { max: event.plannedHours, unit: 'hours' },
      problems: [`must not exceed the event's planned ${event.plannedHours} hours`],
    });
  if (problems.length)
    throw new InvalidFieldsException(problems, 'training.attendance_invalid', { count: problems.length });
}
