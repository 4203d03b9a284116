import type { ContestCriterion } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Agency } from '../app/agencies/agency.entity';
import type { User } from '../app/users/user.entity';
import { ContestAccounts, OUTLETS } from './demo-contest-people';
import {
  DAY,
  DemoApplication,
  insertApplications,
  insertContest,
  insertNominations,
  insertSheets,
  insertVoters,
  insertVotes,
  seatJurors,
  text,
} from './demo-contest-store';

const criterion = (key: string, weight: number, ru: string, kk: string, fa: string, en: string) => ({
  key,
  weight,
  name: text(ru, kk, fa, en),
});

const PROJECT_CRITERIA: ContestCriterion[] = [
  criterion(
    'openness',
    0.3,
    'Открытость для СМИ',
    'БАҚ үшін ашықтық',
    'گشودگی در برابر رسانه‌ها',
    'Openness to the media',
  ),
  criterion(
    'responsiveness',
    0.3,
    'Оперативность ответов',
    'Жауап жеделдігі',
    'سرعت پاسخ‌گویی',
    'Responsiveness',
  ),
  criterion('creativity', 0.2, 'Творческий подход', 'Шығармашылық тәсіл', 'خلاقیت', 'Creativity'),
  criterion('results', 0.2, 'Результаты проекта', 'Жоба нәтижелері', 'نتایج پروژه', 'Project results'),
];

const HEADS = [
  'Али Ахмади',
  'Наргес Каземи',
  'Мехди Карими',
  'Париса Амини',
  'Саид Насири',
  'Мина Джафари',
  'Насер Рахими',
  'Ширин Табризи',
  'Маджид Сохраби',
];

/** Projects in the form of seed 003: dates, description, goal and results. */
const PROJECTS: Omit<DemoApplication, 'nominationIds' | 'filedAt' | 'agencyId' | 'candidateOrganisation'>[] =
  [
    {
      candidateName: 'Хамид Толуи',
      candidatePosition: 'Пресс-секретарь',
      projectTitle: 'Прямые эфиры с мест ремонта теплосетей',
      projectStart: '2026-01-01',
      projectEnd: '2026-04-01',
      description:
        'Ответы на любой запрос СМИ в любое время без письменных запросов; телемосты и выходы в эфир с места ремонта; фильмы о сотрудниках «с человеческим лицом»; телеграм-канал и журнал для своих сотрудников.',
      goal: 'Показать открытость компании жителям и СМИ и не прятаться от неудобных вопросов за бумажными запросами.',
      results:
        'Добрые отношения со всеми редакциями, даже критически настроенными; компания в десятке самых упоминаемых в регионе.',
    },
    {
      candidateName: 'Лейла Садеги',
      candidatePosition: 'Руководитель пресс-службы',
      projectTitle: 'Брифинг каждую неделю',
      projectStart: '2026-02-01',
      projectEnd: '2026-09-30',
      description:
        'Еженедельные брифинги руководителя с журналистами и публикация ответов на все вопросы в тот же день.',
      goal: 'Сократить время ответа на запросы СМИ до одного часа.',
      results: 'Среднее время ответа снизилось с двух дней до 50 минут; 34 брифинга.',
    },
    {
      candidateName: 'Сара Хейдари',
      candidatePosition: 'Специалист по связям с общественностью',
      projectTitle: 'Вопросы жителей — в прямом эфире',
      projectStart: '2026-03-01',
      projectEnd: '2026-10-31',
      description: 'Ежемесячные прямые эфиры в соцсетях, где руководитель отвечает на вопросы жителей.',
      goal: 'Отвечать на каждый комментарий жителей в течение суток.',
      results: '96 % комментариев получили ответ в течение суток; 12 эфиров, 40 тысяч просмотров.',
    },
    {
      candidateName: 'Амир Бахрами',
      candidatePosition: 'Пресс-секретарь',
      projectTitle: 'Внутренний телеграм-канал для сотрудников',
      projectStart: '2026-01-15',
      projectEnd: '2026-06-15',
      description:
        'Канал для сотрудников филиалов, которые не знают друг друга в лицо: новости, конкурсы, поздравления.',
      goal: 'Объединить сотрудников разных районов.',
      results: '1 200 подписчиков из 1 400 сотрудников.',
    },
  ];

/** The organiser of the region's own contests. */
const PR_DEPARTMENT = text(
  'Управление по связям с общественностью губернаторства',
  'Губернаторлықтың қоғаммен байланыс басқармасы',
  'اداره روابط عمومی استانداری',
  "Governor's office public relations department",
);

/** "Press secretary of the year": applications are open now; each describes a project. */
async function loadOpenContest(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  editor: User,
  now: number,
) {
  const contest = await insertContest(manager, regionId, {
    title: text('Пресс-секретарь года', 'Жыл баспасөз хатшысы', 'سخنگوی سال', 'Press secretary of the year'),
    organiser: PR_DEPARTMENT,
    year: 2026,
    series: 'press-secretary-of-the-year',
    rules: text(
      'Заявка описывает проект: его даты, описание, цель и результаты. Заявку подаёт сам кандидат или организация.',
      'Өтінімде жоба сипатталады: оның мерзімі, сипаттамасы, мақсаты және нәтижелері. Өтінімді кандидаттың өзі немесе ұйым береді.',
      'درخواست یک پروژه را شرح می‌دهد: تاریخ‌ها، شرح، هدف و نتایج آن. درخواست را خود نامزد یا سازمان او ارسال می‌کند.',
      'An application describes a project: its dates, description, goal and results. The candidate or their organisation files it.',
    ),
    phases: [
      new Date(now - 10 * DAY),
      new Date(now + 20 * DAY),
      new Date(now + 22 * DAY),
      new Date(now + 45 * DAY),
    ],
  });
  const nominations = await insertNominations(manager, contest.id, [
    {
      name: text('Пресс-секретарь года', 'Жыл баспасөз хатшысы', 'سخنگوی سال', 'Press secretary of the year'),
      places: 3,
      criteria: PROJECT_CRITERIA,
      scoringMode: 'jury',
      commentRequired: true,
    },
    {
      name: text(
        'Внутренние коммуникации',
        'Ішкі коммуникациялар',
        'ارتباطات درون‌سازمانی',
        'Internal communications',
      ),
      places: 1,
      criteria: PROJECT_CRITERIA,
      scoringMode: 'jury',
    },
  ]);
  const byCode = (code: string) => agencies.find((a) => a.code === code) ?? agencies[0];
  const editorAgency = agencies.find((a) => a.id === editor.agencyId) ?? agencies[0];
  const organisations = [byCode('HEAT'), byCode('TAX'), editorAgency, byCode('EMERG')];
  await insertApplications(
    manager,
    contest.id,
    PROJECTS.map((p, i) => ({
      ...p,
      candidateOrganisation: organisations[i].name['ru'] ?? organisations[i].code,
      agencyId: organisations[i].id,
      nominationIds:
        i === 3 ? [nominations[1].id] : i === 0 ? nominations.map((n) => n.id) : [nominations[0].id],
      filedAt: new Date(now - (9 - i * 2) * DAY),
      links: [`https://t.me/demo_project_${i + 1}`],
      screening: i < 2 ? 'accepted' : 'pending',
      ...(i === 1 ? { filedBy: 'candidate' as const, contactEmail: 'leila.sadeghi@example.ir' } : {}),
      ...(i === 2 ? { filerId: editor.id } : {}),
    })),
    2,
  );
}

/**
 * "Best press service": judging and voting run now. The `juror` login has sheets left to score, and is kept
 * from the broadcaster's application by organisation; the `journalist` login is verified and has not voted.
 */
async function loadLiveContest(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  accounts: ContestAccounts,
  now: number,
) {
  const contest = await insertContest(manager, regionId, {
    title: text('Лучшая пресс-служба', 'Үздік баспасөз қызметі', 'بهترین روابط عمومی', 'Best press service'),
    organiser: PR_DEPARTMENT,
    year: 2026,
    series: 'best-press-service',
    rules: text(
      'Итог: 70 % — оценка жюри, 30 % — голоса проверенных журналистов. Комментарий к оценке обязателен.',
      'Қорытынды: 70 % — қазылар алқасының бағасы, 30 % — тексерілген журналистердің дауыстары. Бағаға түсініктеме міндетті.',
      'نتیجهٔ نهایی: ۷۰٪ امتیاز داوران و ۳۰٪ آرای روزنامه‌نگاران تأییدشده. نوشتن توضیح برای هر امتیاز الزامی است.',
      "Result: 70% the jury's score, 30% the votes of verified journalists. A comment on each score is required.",
    ),
    phases: [
      new Date(now - 30 * DAY),
      new Date(now - 6 * DAY),
      new Date(now - 4 * DAY),
      new Date(now + 10 * DAY),
    ],
    voting: [new Date(now - 4 * DAY), new Date(now + 7 * DAY)],
  });
  const [main, audience] = await insertNominations(manager, contest.id, [
    {
      name: text('Пресс-служба года', 'Жыл баспасөз қызметі', 'روابط عمومی سال', 'Press service of the year'),
      places: 1,
      criteria: PROJECT_CRITERIA.slice(0, 3),
      scoringMode: 'combined',
      juryShare: 0.7,
      commentRequired: true,
      prize: { amount: 200000000, currency: 'IRR' },
    },
    {
      name: text('Приз журналистов', 'Журналистер жүлдесі', 'جایزه خبرنگاران', "Journalists' award"),
      places: 1,
      criteria: [],
      scoringMode: 'vote',
    },
  ]);
  const codes = ['GOV', 'BROADCAST', 'VALI-HOSP', 'EDU', 'POWER', 'RAIL', 'CULTURE', 'REDCRES', 'SPORT'];
  const units = codes.map((code) => agencies.find((a) => a.code === code) ?? agencies[0]);
  const saved = await insertApplications(
    manager,
    contest.id,
    units.map((unit, i) => ({
      candidateName: HEADS[i],
      candidatePosition: 'Руководитель пресс-службы',
      candidateOrganisation: unit.name['ru'] ?? unit.code,
      agencyId: unit.id,
      nominationIds: i < 6 ? [main.id, audience.id] : [main.id],
      projectTitle: 'Год открытой работы со СМИ',
      description:
        'Ответы на запросы журналистов в течение часа, брифинги, прямые эфиры и ответы на комментарии жителей.',
      filedAt: new Date(now - (28 - i) * DAY),
      screening: i === 8 ? 'pending' : 'accepted',
    })),
    3,
  );
  const broadcaster = units[1].name['ru'] ?? units[1].code;
  await seatJurors(
    manager,
    [main.id],
    [
      { userId: accounts.juror.id, organisation: broadcaster },
      { userId: accounts.experts[0].id, organisation: 'Союз журналистов провинции' },
      { userId: accounts.experts[1].id, organisation: 'Общественная палата провинции' },
    ],
  );
  const accepted = saved.filter((a) => a.screening === 'accepted');
  const sheet = (jurorId: string, applicationId: string, k: number) => ({
    nominationId: main.id,
    applicationId,
    jurorId,
    scores: { openness: 5 + (k % 5), responsiveness: 4 + ((k * 3) % 6), creativity: 6 + (k % 4) },
    comment: 'Оценка по материалам заявки и публикациям за год.',
  });
  // The `juror` scored the first two they may score; the rest wait for them.
  const mine = accepted.filter((a) => a.candidateOrganisation !== broadcaster).slice(0, 2);
  await insertSheets(manager, [
    ...accepted.map((a, k) => sheet(accounts.experts[0].id, a.id, k)),
    ...accepted.slice(0, 4).map((a, k) => sheet(accounts.experts[1].id, a.id, k + 2)),
    ...mine.map((a, k) => sheet(accounts.juror.id, a.id, k + 1)),
  ]);
  const reporters = accounts.reporters.slice(0, 18);
  const voters = await insertVoters(manager, contest.id, [
    {
      userId: accounts.journalist.id,
      outlet: OUTLETS[1],
      mediaRole: 'корреспондент',
      status: 'verified',
      registeredAt: new Date(now - 8 * DAY),
      withDocument: true,
    },
    ...reporters.map((r, i) => ({
      userId: r.id,
      outlet: OUTLETS[i % OUTLETS.length],
      mediaRole: i % 3 === 2 ? 'блогер' : 'редактор',
      status: i < 14 ? ('verified' as const) : i < 17 ? ('pending' as const) : ('rejected' as const),
      registeredAt: new Date(now - (12 - (i % 10)) * DAY),
      withDocument: i % 2 === 0,
    })),
  ]);
  // Voters from the seventh on all vote from one address within minutes: the anomaly report has a burst to show.
  const burst = (i: number) => i >= 6;
  const castAt = (i: number) =>
    burst(i) ? new Date(now - 2 * DAY + i * 40_000) : new Date(now - 3 * DAY + i * 3 * 3_600_000);
  const ip = (i: number) => (burst(i) ? '10.30.9.9' : `10.30.0.${i + 1}`);
  await insertVotes(manager, [
    ...voters.slice(1, 15).map((v, i) => ({
      nominationId: main.id,
      applicationId: accepted[i % 4].id,
      voterId: v.id,
      castAt: castAt(i),
      ip: ip(i),
    })),
    ...voters.slice(1, 11).map((v, i) => ({
      nominationId: audience.id,
      applicationId: accepted[(i * 2) % 6].id,
      voterId: v.id,
      castAt: castAt(i),
      ip: ip(i),
    })),
  ]);
}

/** The contests under way now, with dates relative to the day the demo is loaded. */
export async function loadCurrentContests(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  accounts: ContestAccounts,
  editor: User,
  at: Date,
): Promise<void> {
  const now = at.getTime();
  await loadOpenContest(manager, regionId, agencies, editor, now);
  await loadLiveContest(manager, regionId, agencies, accounts, now);
}
