import type {
  LocalizedText,
  PersonHoursRow,
  StaffHoursRow,
  TrainerRow,
  TrainingAudience,
  TrainingEventView,
  TrainingReport,
} from '@prgauge/contracts';
import { roundHours } from './training-figures';

/** One attended register row, with what the report groups it by. */
export interface AttendedRow {
  eventId: string;
  /** The person the row counts for: distinct persons are the people trained. */
  personId: string;
  /** The organising committee; null for an event no committee organised. */
  committeeId: string | null;
  startDate: string;
  topicCode: string;
  topicName: LocalizedText;
  audience: TrainingAudience;
  agencyId: string | null;
  hours: number;
}

export interface ReportAgency {
  id: string;
  code: string;
  name: LocalizedText;
  prStaff: number | null;
}

export interface ReportInput {
  from: string;
  to: string;
  /** The committee the report was asked for; null: every event. */
  committeeId: string | null;
  /** The names of the committees that rows may name. */
  committees: { id: string; name: LocalizedText }[];
  attended: AttendedRow[];
  agencies: ReportAgency[];
  events: TrainingEventView[];
}

const TOP_TRAINERS = 10;

/** The training committee's figures for a date range, from attended rows only: plain data in, plain data out. */
export function buildTrainingReport(input: ReportInput): TrainingReport {
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const staffHours = sumBy(
    input.attended.filter((r) => r.audience === 'pr_staff' && r.agencyId && agencies.has(r.agencyId)),
    (r) => r.agencyId ?? '',
    () => '',
  );
  const perStaff: StaffHoursRow[] = input.agencies.map((a) => {
    const personHours = staffHours.find((s) => s.key === a.id)?.personHours ?? 0;
    return {
      agencyId: a.id,
      agencyCode: a.code,
      agencyName: a.name,
      prStaff: a.prStaff,
      personHours,
      perStaffMember: a.prStaff ? roundHours(personHours / a.prStaff) : null,
    };
  });
  const committees = new Map(input.committees.map((c) => [c.id, c.name]));
  const peopleOf = (eventId: string) =>
    new Set(input.attended.filter((r) => r.eventId === eventId).map((r) => r.personId)).size;
  return {
    from: input.from,
    to: input.to,
    committeeId: input.committeeId,
    personHours: roundHours(input.attended.reduce((sum, r) => sum + r.hours, 0)),
    attendances: input.attended.length,
    peopleTrained: new Set(input.attended.map((r) => r.personId)).size,
    byTopic: sumBy(
      input.attended,
      (r) => r.topicCode,
      (r) => r.topicName,
    ),
    byAudience: sumBy(
      input.attended,
      (r) => r.audience,
      (r) => r.audience,
    ),
    byAgency: sumBy(
      input.attended.filter((r) => r.agencyId && agencies.has(r.agencyId)),
      (r) => r.agencyId ?? '',
      (r) => agencies.get(r.agencyId ?? '')?.name ?? '',
    ),
    byCommittee: sumBy(
      input.attended.filter((r) => r.committeeId && committees.has(r.committeeId)),
      (r) => r.committeeId ?? '',
      (r) => committees.get(r.committeeId ?? '') ?? '',
    ),
    byMonth: sumBy(
      input.attended,
      (r) => r.startDate.slice(0, 7),
      (r) => r.startDate.slice(0, 7),
    ).sort((x, y) => x.key.localeCompare(y.key)),
    perStaff,
    untrainedAgencies: perStaff
      .filter((s) => s.personHours === 0)
      .map((s) => ({ agencyId: s.agencyId, agencyCode: s.agencyCode, agencyName: s.agencyName })),
    topTrainers: topTrainers(input.events),
    eventRates: input.events.map((e) => ({
      eventId: e.id,
      title: e.title,
      startDate: e.startDate,
      invited: e.invited,
      attended: e.attended,
      attendanceRate: e.attendanceRate,
      peopleTrained: peopleOf(e.id),
    })),
  };
}

/** Person-hours, attendances and distinct people per key, largest first. */
function sumBy(
  rows: AttendedRow[],
  keyOf: (r: AttendedRow) => string,
  labelOf: (r: AttendedRow) => LocalizedText | string,
): PersonHoursRow[] {
  const out = new Map<string, PersonHoursRow & { people: Set<string> }>();
  for (const r of rows) {
    const key = keyOf(r);
    const row = out.get(key) ?? {
      key,
      label: labelOf(r),
      personHours: 0,
      participants: 0,
      peopleTrained: 0,
      people: new Set<string>(),
    };
    row.personHours += r.hours;
    row.participants += 1;
    row.people.add(r.personId);
    out.set(key, row);
  }
  return [...out.values()]
    .map(({ people, ...r }) => ({ ...r, peopleTrained: people.size, personHours: roundHours(r.personHours) }))
    .sort((x, y) => y.personHours - x.personHours || x.key.localeCompare(y.key));
}

/** Trainers by the person-hours of the events they taught; an event with two trainers counts for both. */
function topTrainers(events: TrainingEventView[]): TrainerRow[] {
  const out = new Map<string, TrainerRow>();
  for (const event of events) {
    for (const trainer of event.trainers) {
      const key = `${trainer.name.trim().toLocaleLowerCase()}|${(trainer.affiliation ?? '').trim().toLocaleLowerCase()}`;
      const row = out.get(key) ?? {
        name: trainer.name,
        affiliation: trainer.affiliation,
        events: 0,
        personHours: 0,
      };
      row.events += 1;
      row.personHours = roundHours(row.personHours + event.personHours);
      out.set(key, row);
    }
  }
  return [...out.values()]
    .sort((x, y) => y.personHours - x.personHours || y.events - x.events || x.name.localeCompare(y.name))
    .slice(0, TOP_TRAINERS);
}
