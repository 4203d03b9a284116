import type { TrainingAudience } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { CommitteeMember } from '../../src/app/committees/committee-member.entity';
import { Committee } from '../../src/app/committees/committee.entity';
import { Attendance } from '../../src/app/training/attendance.entity';
import { TrainingEvent } from '../../src/app/training/training-event.entity';
import { TrainingProgramme } from '../../src/app/training/training-programme.entity';
import { TrainingTopic } from '../../src/app/training/training-topic.entity';
import { resolvePersons } from '../../src/app/training/person-registry';
import type { RegionFixture } from './fixtures';
import type { TestApp } from './test-app';

export interface EventSpec {
  regionId: string;
  topic: string;
  startDate: string;
  plannedHours: number;
  invited?: number | null;
  title?: string;
  committeeId?: string | null;
  programmeId?: string | null;
  trainers?: { name: string; affiliation: string | null }[];
}

/** The id of a region's topic by its code. */
export async function topicId(testApp: TestApp, regionId: string, code: string): Promise<string> {
  return (await testApp.app.get(DataSource).getRepository(TrainingTopic).findOneByOrFail({ regionId, code }))
    .id;
}

/** Inserts an event directly, for tests about its figures rather than about creating it. */
export async function insertEvent(testApp: TestApp, spec: EventSpec): Promise<TrainingEvent> {
  return testApp.app
    .get(DataSource)
    .getRepository(TrainingEvent)
    .save({
      regionId: spec.regionId,
      title: spec.title ?? `Seminar ${spec.startDate}`,
      topicId: await topicId(testApp, spec.regionId, spec.topic),
      format: 'seminar',
      committeeId: spec.committeeId ?? null,
      programmeId: spec.programmeId ?? null,
      startDate: spec.startDate,
      endDate: spec.startDate,
      location: null,
      trainers: spec.trainers ?? [],
      plannedHours: spec.plannedHours,
      audiences: ['pr_staff'],
      invited: spec.invited ?? null,
    });
}

export interface RowSpec {
  name: string;
  agencyId?: string | null;
  audience?: TrainingAudience;
  attended?: boolean;
  hours: number;
}

/** Inserts register rows directly, each linked to its person by the register's own matching rule. */
export async function insertRows(testApp: TestApp, eventId: string, rows: RowSpec[]): Promise<Attendance[]> {
  return testApp.app.get(DataSource).transaction(async (manager) => {
    const { regionId } = await manager.findOneByOrFail(TrainingEvent, { id: eventId });
    const personIds = await resolvePersons(
      manager,
      regionId,
      rows.map((r) => ({ name: r.name, agencyId: r.agencyId ?? null, outlet: null })),
    );
    return manager.getRepository(Attendance).save(
      rows.map((r, i) => ({
        eventId,
        personId: personIds[i],
        participantName: r.name,
        agencyId: r.agencyId ?? null,
        outlet: null,
        audience: r.audience ?? 'pr_staff',
        attended: r.attended ?? true,
        hours: r.hours,
      })),
    );
  });
}

/** A committee of the north region, with one outside member, an event with one row of agency A, and a programme. */
export async function seedTrainingVictim(
  testApp: TestApp,
  fx: RegionFixture,
): Promise<Record<string, string>> {
  const ds = testApp.app.get(DataSource);
  const committee = await ds
    .getRepository(Committee)
    .save({ regionId: fx.region.id, kind: 'training', name: { en: 'Training' }, chair: null, indices: [] });
  const member = await ds.getRepository(CommitteeMember).save({
    committeeId: committee.id,
    userId: null,
    personName: 'Outside expert',
    affiliation: null,
    role: 'member',
  });
  const programme = await ds.getRepository(TrainingProgramme).save({
    name: { en: 'National programme' },
    description: null,
    startDate: '2026-01-01',
    endDate: null,
  });
  const event = await insertEvent(testApp, {
    regionId: fx.region.id,
    topic: 'news_writing',
    startDate: '2026-04-01',
    plannedHours: 8,
    invited: 10,
    committeeId: committee.id,
    programmeId: programme.id,
  });
  // The same name without an agency: a doubtful pair for the merge screen's routes.
  const [row, namesake] = await insertRows(testApp, event.id, [
    { name: 'Victim participant', agencyId: fx.agencies.a.id, hours: 8 },
    { name: 'Victim participant', agencyId: null, hours: 8 },
  ]);
  return {
    committeeId: committee.id,
    memberId: member.id,
    programmeId: programme.id,
    eventId: event.id,
    attendanceId: row.id,
    personId: row.personId,
    otherPersonId: namesake.personId,
    topicId: event.topicId,
  };
}
