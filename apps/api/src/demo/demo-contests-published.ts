import type { ContestCriterion } from '@prgauge/contracts';
import { mulberry32 } from '@prgauge/scoring';
import { EntityManager } from 'typeorm';
import type { Agency } from '../app/agencies/agency.entity';
import type { ContestApplication } from '../app/contests/applications/contest-application.entity';
import type { Nomination } from '../app/contests/setup/nomination.entity';
import { SeriesYear } from '../app/contests/setup/series-year.entity';
import type { ScoreSheet } from '../app/contests/jury/jury.entities';
import { ContestAccounts, DemoPerson, demoPeople, OUTLETS } from './demo-contest-people';
import {
  DAY,
  DemoApplication,
  DemoNomination,
  insertApplications,
  insertContest,
  insertNominations,
  insertSheets,
  insertVoters,
  insertVotes,
  seatJurors,
  text,
} from './demo-contest-store';

const SMM_CRITERIA: ContestCriterion[] = [
  {
    key: 'content_quality',
    name: text(
      'Качество и содержание материалов',
      'Материалдардың сапасы мен мазмұны',
      'کیفیت و محتوای مطالب',
      'Content quality',
    ),
    weight: 0.5,
  },
  {
    key: 'page_rating',
    name: text('Рейтинг страницы', 'Парақша рейтингі', 'رتبه صفحه', 'Page rating'),
    weight: 0.3,
  },
  {
    key: 'subscribers',
    name: text('Количество подписчиков', 'Жазылушылар саны', 'تعداد دنبال‌کنندگان', 'Subscriber count'),
    weight: 0.2,
  },
];

/** The nine nominations of the 2026 contest (seed 001); 3 + 3 + 3 + 3 + 3 + 3 + 3 + 2 + 2 = 25 winners. */
const SMM_NOMINATIONS: [string, string, string, string, number][] = [
  [
    'Госпаблики органов исполнительной власти',
    'Атқарушы органдардың мемлекеттік парақшалары',
    'صفحات رسمی دستگاه‌های اجرایی',
    "Executive bodies' public pages",
    3,
  ],
  [
    'Госпаблики органов местного самоуправления',
    'Жергілікті өзін-өзі басқару парақшалары',
    'صفحات رسمی شهرداری‌ها',
    "Local government's public pages",
    3,
  ],
  ['Аккаунты руководителей', 'Басшылардың аккаунттары', 'حساب‌های مدیران', "Heads' accounts", 3],
  ['Работа с комментариями', 'Пікірлермен жұмыс', 'پاسخ‌گویی به نظرات', 'Work with comments', 3],
  ['Система «Госпаблики»', '«Мемпарақшалар» жүйесі', 'سامانه صفحات رسمی', 'The public pages system', 3],
  [
    'Госпаблики учреждений здравоохранения',
    'Денсаулық сақтау мекемелерінің парақшалары',
    'صفحات مراکز درمانی',
    "Health institutions' pages",
    3,
  ],
  [
    'Госпаблики учреждений образования',
    'Білім беру мекемелерінің парақшалары',
    'صفحات مراکز آموزشی',
    "Education institutions' pages",
    3,
  ],
  [
    'Госпаблики учреждений культуры',
    'Мәдениет мекемелерінің парақшалары',
    'صفحات مراکز فرهنگی',
    "Culture institutions' pages",
    2,
  ],
  [
    'Госпаблики учреждений спорта',
    'Спорт мекемелерінің парақшалары',
    'صفحات مراکز ورزشی',
    "Sport institutions' pages",
    2,
  ],
];

const SMM_TITLE = text(
  'Лучший специалист по работе в социальных сетях',
  'Әлеуметтік желілердегі үздік маман',
  'بهترین کارشناس شبکه‌های اجتماعی',
  'Best social-media specialist',
);

const SMM_SERIES = 'best-smm-specialist';

const date = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** A contest to publish once loaded, and when its results came out. */
export interface ToPublish {
  contestId: string;
  publishedAt: Date;
}

/**
 * The yearly social-media contest of 2026, scored by an expert commission: 176 people file 229 applications in
 * nine nominations and one of them takes first place in three. Its earlier years predate the product: the
 * organisers entered 2024's 85 participants as a figure (the seed: 85 people in 2021, 176 in 2023).
 */
async function loadSocialMedia(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  accounts: ContestAccounts,
): Promise<ToPublish> {
  const year = 2026;
  const random = mulberry32(year * 7);
  const contest = await insertContest(manager, regionId, {
    title: SMM_TITLE,
    organiser: text(
      'Контрольное управление администрации губернатора',
      'Губернатор әкімшілігінің бақылау басқармасы',
      'اداره بازرسی دفتر استاندار',
      "Oversight department of the governor's administration",
    ),
    year,
    series: SMM_SERIES,
    rules: text(
      'Конкурс проводится ежегодно среди сотрудников органов власти и подведомственных учреждений. Экспертная комиссия оценивает качество и содержание материалов, рейтинг страницы и количество подписчиков.',
      'Байқау жыл сайын мемлекеттік органдар мен ведомстволық бағынысты мекемелердің қызметкерлері арасында өткізіледі. Сараптамалық комиссия материалдардың сапасы мен мазмұнын, парақша рейтингін және жазылушылар санын бағалайды.',
      'این جشنواره هر سال میان کارکنان دستگاه‌های دولتی و مؤسسات تابعه برگزار می‌شود. هیئت داوران کیفیت و محتوای مطالب، رتبهٔ صفحه و تعداد دنبال‌کنندگان را ارزیابی می‌کند.',
      'The contest is held every year among the staff of government bodies and their subordinate institutions. An expert panel judges the quality and content of the posts, the page rating and the number of followers.',
    ),
    phases: [date(`${year}-08-01`), date(`${year}-09-15`), date(`${year}-09-20`), date(`${year}-10-25`)],
  });
  const nominations = await insertNominations(
    manager,
    contest.id,
    SMM_NOMINATIONS.map(([ru, kk, fa, en, places]): DemoNomination => ({
      name: text(ru, kk, fa, en),
      places,
      criteria: SMM_CRITERIA,
      scoringMode: 'jury',
      // The commission's rule: of equal totals the earlier application goes first, so 25 places make 25 winners.
      tieBreaks: ['earlier_application'],
    })),
  );
  const municipality = agencies.find((a) => a.code === 'QAE-MUN') ?? agencies[0];
  const star: DemoPerson = {
    name: 'Марьям Ганбари',
    organisation: municipality.name['ru'] ?? municipality.code,
    agencyId: municipality.id,
  };
  const plan = { people: 176, applications: 229, star: [0, 2, 3] };
  const people = demoPeople(plan.people, agencies, random, [star]);
  const list = planApplications(
    people,
    plan.applications,
    nominations,
    plan.star,
    contest.applicationsOpenAt,
    random,
  );
  const saved = await insertApplications(manager, contest.id, list, 7);
  const jurors = [
    { userId: accounts.juror.id, organisation: 'Региональный медиацентр' },
    { userId: accounts.experts[0].id, organisation: 'Союз журналистов провинции' },
    { userId: accounts.experts[1].id, organisation: 'Общественная палата провинции' },
  ];
  await seatJurors(
    manager,
    nominations.map((n) => n.id),
    jurors,
  );
  await insertSheets(manager, commissionSheets(saved, list, jurors, random, star));
  await manager.save(SeriesYear, {
    series: SMM_SERIES,
    year: 2024,
    participants: 85,
    applications: null,
    winners: null,
  });
  return { contestId: contest.id, publishedAt: date(`${year}-11-10`) };
}

/**
 * Who applies where: the star in `starNominations`, the next people twice in two different nominations, the
 * rest once, spread evenly over the nominations; the last few single applications are rejected.
 */
function planApplications(
  people: DemoPerson[],
  total: number,
  nominations: Nomination[],
  starNominations: number[],
  openAt: Date,
  random: () => number,
): DemoApplication[] {
  const n = nominations.length;
  const twice = total - people.length - Math.max(0, starNominations.length - 1);
  const list: DemoApplication[] = [];
  people.forEach((person, i) => {
    const single = i === 0 && starNominations.length ? starNominations : [i % n];
    const entries = i > 0 && i <= twice ? [i % n, (i + 1 + (i % (n - 1))) % n] : single;
    for (const k of entries)
      list.push({
        candidateName: person.name,
        candidatePosition: 'Специалист по работе в социальных сетях',
        candidateOrganisation: person.organisation,
        agencyId: person.agencyId,
        nominationIds: [nominations[k].id],
        projectTitle: `Официальные страницы: ${person.organisation}`,
        description:
          'Ежедневные публикации о работе учреждения, ответы на вопросы жителей в комментариях и личных сообщениях, прямые эфиры с руководителем.',
        links: [`https://t.me/demo_page_${list.length + 1}`],
        filedAt: new Date(openAt.getTime() + Math.floor(random() * 40 * DAY)),
        ...(i >= people.length - 4 && entries.length === 1 && i !== 0
          ? {
              screening: 'rejected' as const,
              screeningReason: 'Страница не относится к организации заявителя',
            }
          : {}),
      });
  });
  return list;
}

/** Every juror scores every accepted application; the star's pages get full marks, everyone else at most 9. */
function commissionSheets(
  saved: ContestApplication[],
  list: DemoApplication[],
  jurors: { userId: string }[],
  random: () => number,
  star: DemoPerson,
): Pick<ScoreSheet, 'nominationId' | 'applicationId' | 'jurorId' | 'scores' | 'comment'>[] {
  return saved.flatMap((a, i) => {
    if (a.screening !== 'accepted') return [];
    const isStar = a.candidateName === star.name && a.agencyId === star.agencyId;
    const quality = 3 + random() * 5.5;
    const score = () => (isStar ? 10 : Math.min(9, Math.max(0, Math.round(quality + (random() - 0.5) * 2))));
    return jurors.map((j) => ({
      nominationId: list[i].nominationIds[0],
      applicationId: a.id,
      jurorId: j.userId,
      scores: Object.fromEntries(SMM_CRITERIA.map((c) => [c.key, score()])),
      comment: null,
    }));
  });
}

/**
 * Best press secretary (seed 000): 25 candidates, journalists vote in a fixed window once verified, and the
 * winner gets the title and 400,000 tenge.
 */
async function loadBestPressSecretary(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  accounts: ContestAccounts,
): Promise<ToPublish> {
  const random = mulberry32(2023);
  const contest = await insertContest(manager, regionId, {
    title: text('Лучший пресс-секретарь', 'Үздік баспасөз хатшысы', 'بهترین سخنگو', 'Best press secretary'),
    organiser: text(
      'Региональный новостной хаб',
      'Өңірлік жаңалықтар хабы',
      'مرکز خبری استان',
      'Regional news hub',
    ),
    year: 2026,
    series: 'best-press-secretary',
    rules: text(
      'Голосуют журналисты и блогеры, зарегистрированные на портале и подтвердившие работу в СМИ. Один голос на участника, только в дни голосования.',
      'Порталда тіркеліп, БАҚ-тағы жұмысын растаған журналистер мен блогерлер дауыс береді. Әр қатысушыға бір дауыс, тек дауыс беру күндерінде.',
      'روزنامه‌نگاران و وبلاگ‌نویسانی که در درگاه ثبت‌نام کرده و کار رسانه‌ای خود را تأیید کرده‌اند رأی می‌دهند. هر شرکت‌کننده یک رأی، فقط در روزهای رأی‌گیری.',
      'Journalists and bloggers registered on the portal who have proved their media work vote. One vote per participant, on voting days only.',
    ),
    phases: [date('2026-02-12'), date('2026-02-26')],
    voting: [date('2026-02-27'), date('2026-03-06')],
  });
  const [nomination] = await insertNominations(manager, contest.id, [
    {
      name: text(
        'Лучший пресс-секретарь 2026 года',
        '2026 жылдың үздік баспасөз хатшысы',
        'بهترین سخنگوی سال ۲۰۲۶',
        'Best press secretary of 2026',
      ),
      places: 1,
      criteria: [],
      scoringMode: 'vote',
      prize: { amount: 400000, currency: 'KZT' },
    },
  ]);
  const mayor = agencies.find((a) => a.code === 'BIR-MUN') ?? agencies[0];
  const winner = { name: 'Реза Мусави', organisation: mayor.name['ru'] ?? mayor.code, agencyId: mayor.id };
  const people = demoPeople(25, agencies, random, [winner]);
  const saved = await insertApplications(
    manager,
    contest.id,
    people.map((p, i) => ({
      candidateName: p.name,
      candidatePosition: 'Пресс-секретарь',
      candidateOrganisation: p.organisation,
      agencyId: p.agencyId,
      nominationIds: [nomination.id],
      projectTitle: 'Работа со СМИ за год',
      description:
        'Ответы на запросы журналистов в течение часа, без письменных запросов, брифинги каждую неделю.',
      filedAt: new Date(contest.applicationsOpenAt.getTime() + i * 12 * 3_600_000),
    })),
  );
  const voters = await insertVoters(
    manager,
    contest.id,
    accounts.reporters.map((r, i) => ({
      userId: r.id,
      outlet: OUTLETS[i % OUTLETS.length],
      mediaRole: i % 4 === 3 ? 'блогер' : 'корреспондент',
      status: i < 36 ? 'verified' : i < 39 ? 'rejected' : 'pending',
      registeredAt: new Date(contest.applicationsOpenAt.getTime() + (i % 14) * DAY),
      withDocument: i % 3 === 0,
    })),
  );
  // 36 verified voters: 9 for the winner, then 6, 5, 4, 3, 3, 2, 2, 1, 1.
  const tally = [9, 6, 5, 4, 3, 3, 2, 2, 1, 1];
  const choices = tally.flatMap((count, candidate) => Array<number>(count).fill(candidate));
  await insertVotes(
    manager,
    choices.map((candidate, i) => ({
      nominationId: nomination.id,
      applicationId: saved[candidate].id,
      voterId: voters[i].id,
      castAt: new Date(date('2026-02-27').getTime() + Math.floor(random() * 6 * DAY)),
      ip: `10.20.${i % 7}.${i}`,
    })),
  );
  return { contestId: contest.id, publishedAt: date('2026-03-10') };
}

/** The contests whose results are out: the social-media contest and the best press secretary. */
export async function loadPublishedContests(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  accounts: ContestAccounts,
): Promise<ToPublish[]> {
  return [
    await loadSocialMedia(manager, regionId, agencies, accounts),
    await loadBestPressSecretary(manager, regionId, agencies, accounts),
  ];
}
