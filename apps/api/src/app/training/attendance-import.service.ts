import { Injectable } from '@nestjs/common';
import type { AttendanceImportResult } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { agencyCodesOf } from '../agencies/agency-references';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { InvalidFieldsException, type FieldProblemInput } from '../common/api-error';
import { Attendance } from './attendance.entity';
import { toAttendanceView } from './attendance.service';
import { parseRegisterFile } from './register-file';
import type { RegisterUpload } from './register-upload';
import { assertMayManageTraining } from './training-access';
import { lockEvent } from './training-events.service';
import { resolvePersons } from './person-registry';
import { RegisterFilledNotice } from './register-filled-notice';

/** Adds a whole register from a file: every row or none, and with `dryRun` only a preview. */
@Injectable()
export class AttendanceImportService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
    private readonly registerFilled: RegisterFilledNotice,
  ) {}

  async importRegister(
    eventId: string,
    upload: RegisterUpload,
    dryRun: boolean,
    actor: Actor,
  ): Promise<AttendanceImportResult> {
    return this.manager.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      await assertMayManageTraining(
        manager,
        actor.user,
        'training.attendance.manage',
        event.regionId,
        'training_event',
      );
      const { rows, problems, source } = await parseRegisterFile(upload.kind, upload.content);
      if (problems.length || !source) throw refused(problems);
      const agencies = new Map(
        (await agencyCodesOf(manager, event.regionId)).map((a) => [a.code.toLowerCase(), a.id]),
      );
      const rowProblems: FieldProblemInput[] = [];
      for (const row of rows) {
        if (row.agencyCode && !agencies.has(row.agencyCode.toLowerCase()))
          rowProblems.push({
            field: `row ${row.line}, agency`,
            code: 'field.unknown_reference',
            params: { value: row.agencyCode, regionId: event.regionId },
            problems: [`"${row.agencyCode}" is not an agency code of the event's region`],
          });
        if (row.hours !== null && row.hours > event.plannedHours)
          rowProblems.push({
            field: `row ${row.line}, hours`,
            code: 'field.too_large',
            params: { max: event.plannedHours, unit: 'hours', value: row.hours },
            problems: [`${row.hours} exceeds the event's planned ${event.plannedHours} hours`],
          });
      }
      if (rowProblems.length) throw refused(rowProblems);
      const entities = rows.map((row) =>
        manager.create(Attendance, {
          eventId,
          personId: '',
          participantName: row.participantName,
          agencyId: row.agencyCode ? (agencies.get(row.agencyCode.toLowerCase()) ?? null) : null,
          outlet: row.outlet,
          audience: row.audience,
          attended: row.attended,
          hours: row.hours ?? event.plannedHours,
        }),
      );
      if (dryRun)
        return {
          created: 0,
          rows: entities.map((a) => toAttendanceView({ ...a, id: '', version: 0 } as Attendance)),
          source,
        };
      const personIds = await resolvePersons(
        manager,
        event.regionId,
        entities.map((a, i) => ({
          name: a.participantName,
          agencyId: a.agencyId,
          outlet: a.outlet,
          personalId: rows[i].personalId,
        })),
      );
      entities.forEach((a, i) => (a.personId = personIds[i]));
      const rowsBefore = await this.registerFilled.rowsBefore(manager, eventId);
      const saved = await manager.save(Attendance, entities);
      await this.audit.record(manager, actor, {
        action: 'training.attendance.import',
        entity: 'training_event',
        entityId: event.id,
        regionId: event.regionId,
        changes: [{ field: 'rows', old: null, new: saved.length }],
      });
      if (saved.length)
        await this.registerFilled.tell(manager, event, {
          rowsBefore,
          firstRowId: saved[0].id,
          actorId: actor.user.id,
        });
      return { created: saved.length, rows: saved.map(toAttendanceView), source };
    });
  }
}

const refused = (problems: FieldProblemInput[]) =>
  new InvalidFieldsException(problems, 'import.rows_invalid', { count: problems.length });
