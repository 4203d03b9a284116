import type {
  CommitteeKind,
  LocalizedText,
  Trainer,
  TrainingAudience,
  TrainingFormat,
} from '@prgauge/contracts';
import { mulberry32 } from '@prgauge/scoring';
import { EntityManager } from 'typeorm';
import type { Agency } from '../app/agencies/agency.entity';
import { CommitteeMember } from '../app/committees/committee-member.entity';
import { Committee } from '../app/committees/committee.entity';
import { Attendance } from '../app/training/attendance.entity';
import { resolvePersons } from '../app/training/person-registry';
import { TrainingEvent } from '../app/training/training-event.entity';
import { TrainingProgramme } from '../app/training/training-programme.entity';
import { TrainingTopic } from '../app/training/training-topic.entity';
import { isAfter, type DemoDay } from './demo-day';

const text = (ru: string, kk: string, fa: string, en: string): LocalizedText => ({ ru, kk, fa, en });

/** South Khorasan's five committees of PR managers and the indices each reviews. */
const COMMITTEES: { kind: CommitteeKind; name: LocalizedText; chair: string; indices: string[] }[] = [
  {
    kind: 'media_relations',
    name: text(
      'Комитет по связям со СМИ',
      'БАҚ-пен байланыс комитеті',
      'کمیته ارتباط با رسانه‌ها',
      'Media relations committee',
    ),
    chair: 'Мохаммад Резаи',
    indices: ['media', 'digital'],
  },
  {
    kind: 'welfare_cooperation',
    name: text(
      'Комитет по благосостоянию и сотрудничеству',
      'Әл-ауқат және ынтымақтастық комитеті',
      'کمیته رفاه و تعاون',
      'Welfare and cooperation committee',
    ),
    chair: 'Захра Ахмади',
    indices: [],
  },
  {
    kind: 'training',
    name: text('Комитет по обучению', 'Оқыту комитеті', 'کمیته آموزش', 'Training committee'),
    chair: 'Али Хоссейни',
    indices: ['training'],
  },
  {
    kind: 'opinion_polling',
    name: text(
      'Комитет по опросам общественного мнения',
      'Қоғамдық пікір сауалнамасы комитеті',
      'کمیته افکارسنجی',
      'Opinion polling committee',
    ),
    chair: 'Фатеме Каземи',
    indices: ['research'],
  },
  {
    kind: 'performance_evaluation',
    name: text(
      'Комитет по оценке эффективности',
      'Тиімділікті бағалау комитеті',
      'کمیته ارزیابی عملکرد',
      'Performance evaluation committee',
    ),
    chair: 'Хасан Мохаммади',
    indices: [],
  },
];

const TRAINERS: Trainer[] = [
  { name: 'Reza Tavakoli', affiliation: 'IRNA news agency' },
  { name: 'Maryam Sadeghi', affiliation: 'University of Birjand' },
  { name: 'Hamid Karimi', affiliation: 'Provincial broadcaster' },
  { name: 'Nasrin Ebrahimi', affiliation: 'Protocol office of the governorate' },
  { name: 'Saeed Moradi', affiliation: 'Media lawyer' },
];

/** A year's calendar: topic, format, hours per participant, audiences and who teaches. */
const PLAN: {
  topic: string;
  format: TrainingFormat;
  hours: number;
  audiences: TrainingAudience[];
  trainers: number[];
}[] = [
  { topic: 'news_writing', format: 'course', hours: 12, audiences: ['pr_staff'], trainers: [0] },
  {
    topic: 'protocol_etiquette',
    format: 'seminar',
    hours: 6,
    audiences: ['pr_staff', 'drivers_protocol'],
    trainers: [3],
  },
  {
    topic: 'social_media',
    format: 'webinar',
    hours: 3,
    audiences: ['pr_staff', 'journalists_media'],
    trainers: [1],
  },
  { topic: 'crisis_communication', format: 'seminar', hours: 8, audiences: ['pr_staff'], trainers: [2, 0] },
  {
    topic: 'photo_video',
    format: 'course',
    hours: 16,
    audiences: ['pr_staff', 'journalists_media'],
    trainers: [2],
  },
  {
    topic: 'media_law',
    format: 'seminar',
    hours: 4,
    audiences: ['pr_staff', 'journalists_media'],
    trainers: [4],
  },
  {
    topic: 'news_writing',
    format: 'seminar',
    hours: 8,
    audiences: ['pr_staff', 'journalists_media'],
    trainers: [0, 1],
  },
  {
    topic: 'protocol_etiquette',
    format: 'course',
    hours: 10,
    audiences: ['drivers_protocol', 'pr_staff'],
    trainers: [3],
  },
  { topic: 'social_media', format: 'seminar', hours: 6, audiences: ['pr_staff'], trainers: [1] },
  {
    topic: 'crisis_communication',
    format: 'webinar',
    hours: 2,
    audiences: ['pr_staff', 'deputies_officials'],
    trainers: [2],
  },
];

const OUTLETS = ['IRNA', 'Khorasan-e Jonubi TV', 'Avaye Khavaran', 'Tasnim', 'Mehr News'];

/** Agencies whose PR staff the directorate never managed to train: the report's gap list is not empty. */
const UNTRAINED = 4;

export interface DemoTraining {
  committees: number;
  events: number;
}

/**
 * Committees, a national programme and, for each year, ten events with their registers. Everything is drawn
 * from a seeded generator, so every installation shows the same figures.
 */
export async function loadDemoTraining(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  years: number[],
  committeeUserId: string,
  day: DemoDay,
): Promise<DemoTraining> {
  const random = mulberry32(20260601);
  const committees = await manager.save(
    Committee,
    COMMITTEES.map((c) => ({ regionId, kind: c.kind, name: c.name, chair: c.chair, indices: c.indices })),
  );
  const trainingCommittee = committees.find((c) => c.kind === 'training') as Committee;
  await manager.save(CommitteeMember, [
    {
      committeeId: trainingCommittee.id,
      userId: committeeUserId,
      personName: null,
      affiliation: null,
      role: 'secretary',
    },
    {
      committeeId: trainingCommittee.id,
      userId: null,
      personName: 'Али Хоссейни',
      affiliation: 'Governorate',
      role: 'chair',
    },
    {
      committeeId: trainingCommittee.id,
      userId: null,
      personName: 'Maryam Sadeghi',
      affiliation: 'University of Birjand',
      role: 'member',
    },
  ]);
  const topics = new Map((await manager.findBy(TrainingTopic, { regionId })).map((t) => [t.code, t.id]));
  const trained = agencies.slice(0, agencies.length - UNTRAINED);
  let events = 0;
  for (const year of years) {
    for (const [month, plan] of PLAN.entries()) {
      const dayOfMonth = String(5 + Math.floor(random() * 20)).padStart(2, '0');
      const start = `${year}-${String(month + 1 + (month >= 6 ? 2 : 0)).padStart(2, '0')}-${dayOfMonth}`;
      const event = await manager.save(TrainingEvent, {
        regionId,
        title: `${titleOf(plan.topic)} ${year}`,
        topicId: topics.get(plan.topic) as string,
        format: plan.format,
        committeeId: trainingCommittee.id,
        programmeId: null,
        startDate: start,
        endDate: start,
        location: 'Birjand',
        trainers: plan.trainers.map((i) => TRAINERS[i]),
        plannedHours: plan.hours,
        audiences: plan.audiences,
        invited: null,
      });
      const rows = registerRows(event, plan.audiences, trained, random);
      await manager.update(TrainingEvent, event.id, { invited: rows.length + Math.floor(random() * 6) });
      // An event still to come has its invitations out but no register yet.
      if (!isAfter(start, day)) await insertRegister(manager, regionId, rows);
      events += 1;
    }
  }
  await nationalProgramme(
    manager,
    regionId,
    topics.get('social_media') as string,
    trainingCommittee.id,
    years,
    day,
  );
  return { committees: committees.length, events: events + 1 };
}

/** Who came to one event: PR staff of some agencies, journalists of the region's outlets, drivers. */
function registerRows(
  event: TrainingEvent,
  audiences: TrainingAudience[],
  agencies: Agency[],
  random: () => number,
): Partial<Attendance>[] {
  const rows: Partial<Attendance>[] = [];
  const row = (
    participantName: string,
    audience: TrainingAudience,
    agencyId: string | null,
    outlet: string | null,
  ) => {
    const roll = random();
    // About one in ten misses the event, and one in eight leaves early.
    const attended = roll > 0.1;
    const hours = roll > 0.88 ? Math.max(1, Math.round(event.plannedHours / 2)) : event.plannedHours;
    rows.push({ eventId: event.id, participantName, agencyId, outlet, audience, attended, hours });
  };
  for (const agency of agencies) {
    if (random() < 0.45) continue;
    const staff = agency.attributes['prStaff'] ?? 1;
    const sent = 1 + Math.floor(random() * staff);
    for (let i = 1; i <= sent; i++) row(`${agency.code} PR ${i}`, 'pr_staff', agency.id, null);
  }
  if (audiences.includes('journalists_media'))
    for (const outlet of OUTLETS)
      if (random() < 0.7) row(`${outlet} reporter`, 'journalists_media', null, outlet);
  if (audiences.includes('drivers_protocol'))
    for (let i = 1; i <= 6; i++)
      row(`Driver ${i}`, 'drivers_protocol', agencies[i % agencies.length].id, null);
  if (audiences.includes('deputies_officials'))
    for (let i = 1; i <= 8; i++) row(`Council member ${i}`, 'deputies_officials', null, null);
  return rows;
}

/** The national social-media programme's two-day seminar here: 124 of 150 deputies attended, 16 hours each. */
async function nationalProgramme(
  manager: EntityManager,
  regionId: string,
  topicId: string,
  committeeId: string,
  years: number[],
  day: DemoDay,
): Promise<void> {
  const year = years[years.length - 1];
  const programme = await manager.save(TrainingProgramme, {
    name: text(
      'Школа политической работы в соцсетях',
      'Әлеуметтік желілердегі саяси жұмыс мектебі',
      'مدرسه کار سیاسی در شبکه‌های اجتماعی',
      'School of political work in social media',
    ),
    description: 'A national programme run in 13 regions.',
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
  });
  const event = await manager.save(TrainingEvent, {
    regionId,
    title: 'Political work in social media',
    topicId,
    format: 'seminar',
    committeeId,
    programmeId: programme.id,
    startDate: `${year}-03-10`,
    endDate: `${year}-03-11`,
    location: 'Birjand',
    trainers: [TRAINERS[1], { name: 'Ali Jafari', affiliation: 'National media school' }],
    plannedHours: 16,
    audiences: ['deputies_officials'],
    invited: 150,
  });
  if (isAfter(event.endDate, day)) return;
  await insertRegister(
    manager,
    regionId,
    Array.from({ length: 150 }, (_, i) => ({
      eventId: event.id,
      // The first eight are the council members of the region's own events, written here with their council:
      // the same name with another organisation, which the merge screen offers as doubtful pairs.
      participantName: i < 8 ? `Council member ${i + 1}` : `Deputy ${i + 1}`,
      agencyId: null,
      outlet: i < 8 ? 'Provincial council' : null,
      audience: 'deputies_officials' as const,
      attended: i < 124,
      hours: 16,
    })),
  );
}

/** Register rows, each linked to its person by the register's own matching rule. */
async function insertRegister(
  manager: EntityManager,
  regionId: string,
  rows: Partial<Attendance>[],
): Promise<void> {
  const personIds = await resolvePersons(
    manager,
    regionId,
    rows.map((r) => ({
      name: r.participantName ?? '',
      agencyId: r.agencyId ?? null,
      outlet: r.outlet ?? null,
    })),
  );
  await manager.insert(
    Attendance,
    rows.map((r, i) => ({ ...r, personId: personIds[i] })),
  );
}

function titleOf(topic: string): string {
  const titles: Record<string, string> = {
    news_writing: 'News writing workshop',
    protocol_etiquette: 'Protocol and etiquette',
    social_media: 'Social media for press services',
    crisis_communication: 'Crisis communication',
    photo_video: 'Photo and video for PR',
    media_law: 'Media law',
  };
  return titles[topic] ?? 'Training';
}
