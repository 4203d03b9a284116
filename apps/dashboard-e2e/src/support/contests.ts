import { expect, request } from '@playwright/test';
import { DEMO_PASSWORD } from './session';
import { visitorAddress } from './api';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Dates that put a contest, now, in one stage, as the API's own tests do. */
function datesFor(stage: 'applications' | 'judging' | 'over') {
  const shift = { applications: 0, judging: -3, over: -7 }[stage];
  return {
    applicationsOpenAt: at(shift - 1),
    applicationsCloseAt: at(shift + 1),
    judgingStartAt: at(shift + 2),
    judgingEndAt: at(shift + 4),
    votingStartAt: at(shift + 2),
    votingEndAt: at(shift + 5),
  };
}

interface Contest {
  id: string;
  version: number;
  nominations: { id: string }[];
}

/** A signed-in API client that sends the CSRF token the API hands out at sign-in. */
/** What the director gives a new juror; the juror replaces it at once. */
const ONE_TIME_PASSWORD = 'given once by the director';

async function client(baseURL: string, login: string, password = DEMO_PASSWORD) {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/auth/login', { data: { login, password } });
  expect(response.status(), `sign-in of ${login}`).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const call = async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    data?: object,
  ): Promise<T> => {
    const r = await context.fetch(url, { method, data, headers: { 'x-xsrf-token': csrfToken } });
    expect(r.ok(), `${method} ${url}: ${r.status()} ${await r.text()}`).toBe(true);
    return (await r.json().catch(() => null)) as T;
  };
  return { context, call };
}

export interface ContestFixture {
  /** Results published, with a previous year in its series. */
  published: string;
  /** Taking applications and registrations to vote: the series' previous year, never judged. */
  open: string;
  /** Being judged, with voting open. */
  judging: string;
  judgingTitle: string;
  juror: string;
  journalist: string;
}

const CRITERIA = [
  { key: 'quality', name: { ru: 'Качество контента', en: 'Content quality' }, weight: 2 },
  { key: 'reach', name: { ru: 'Охват', en: 'Reach' }, weight: 1 },
];

/**
 * Contests made through the API as organisers would make them: one with published winners and statistics, and
 * one being judged and voted on, with a juror and a verified journalist of its own.
 */
export async function seedContests(baseURL: string): Promise<ContestFixture> {
  const tag = Math.random().toString(36).slice(2, 8);
  const director = await client(baseURL, 'director');
  const juror = `juror-${tag}`;
  const jurorAccount = await director.call<{ id: string }>('POST', '/api/users', {
    login: juror,
    displayName: 'Aida Juror',
    role: 'juror',
    password: ONE_TIME_PASSWORD,
  });
  // A password the director set is a one-time one: the juror replaces it before doing anything else.
  const jurorItself = await client(baseURL, juror, ONE_TIME_PASSWORD);
  await jurorItself.call('POST', '/api/auth/password', {
    currentPassword: ONE_TIME_PASSWORD,
    newPassword: DEMO_PASSWORD,
  });
  await jurorItself.context.dispose();

  const create = async (year: number, title: string) => {
    const contest = await director.call<Contest>('POST', '/api/contests', {
      title: { ru: title, kk: title, fa: title, en: title },
      organiser: { en: 'Zhetysu media hub', kk: 'Жетісу медиахабы' },
      year,
      series: `smm-${tag}`,
      rules: { en: 'Applications describe a year of work.' },
      status: 'announced',
      ...datesFor('applications'),
    });
    const nominate = (payload: object) =>
      director.call<{ id: string }>('POST', `/api/contests/${contest.id}/nominations`, payload);
    const first = await nominate({
      name: { ru: 'Страницы госорганов', en: "Government bodies' pages" },
      criteria: CRITERIA,
      scoringMode: 'jury',
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
    });
    const last = await nominate({
      name: { ru: 'Приз зрительских симпатий', en: 'Audience award' },
      scoringMode: 'vote',
    });
    return { ...contest, nominations: [first, last] };
  };
  const file = async (contest: Contest, name: string, organisation: string, nominations: number[]) => {
    const application = await director.call<{ id: string }>(
      'POST',
      `/api/contests/${contest.id}/applications`,
      {
        candidateName: name,
        candidatePosition: 'SMM specialist',
        candidateOrganisation: organisation,
        filedBy: 'organisation',
        nominationIds: nominations.map((i) => contest.nominations[i].id),
        projectTitle: `${name}: open pages`,
        description: 'A year of daily posts and answers to every comment.',
        links: ['https://t.me/example'],
        personalDataConsent: true,
      },
    );
    await director.call('POST', `/api/contest-applications/${application.id}/screening`, {
      status: 'accepted',
    });
    return application.id;
  };
  const move = async (contest: Contest, stage: 'judging' | 'over') => {
    const current = await director.call<Contest>('GET', `/api/contests/${contest.id}`);
    await director.call('PATCH', `/api/contests/${contest.id}`, {
      version: current.version,
      ...datesFor(stage),
      // Moving time on ends phases that hold data: phase integrity asks why.
      dateChangeReason: `The seed moves on to ${stage}`,
    });
  };

  const previous = await create(2025, `Best SMM ${tag} 2025`);
  await file(previous, 'Erlan Abenov', 'Akimat', [0]);
  const published = await create(2026, `Best SMM ${tag}`);
  const judging = await create(2026, `Press secretary ${tag}`);
  const anna = await file(published, 'Anna Petrova', 'Agency A', [0, 1]);
  const boris = await file(published, 'Boris Ivanov', 'Akimat', [0, 1]);
  await file(published, 'Dana Seitova', 'Kazinform', [1]);
  await file(judging, 'Gulnar Omarova', 'Health department', [0, 1]);
  await file(judging, 'Marat Suleimenov', 'Akimat', [0, 1]);
  for (const contest of [published, judging])
    await director.call('POST', `/api/nominations/${contest.nominations[0].id}/jurors`, {
      userId: jurorAccount.id,
      organisation: 'University',
    });

  const journalist = `journalist-${tag}`;
  for (const [contest, login] of [
    [published, `voter-${tag}`],
    [judging, journalist],
  ] as const) {
    const anonymous = await request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': visitorAddress() },
    });
    const registration = await anonymous.post(`/api/public/contests/${contest.id}/voters`, {
      data: {
        login,
        password: DEMO_PASSWORD,
        displayName: 'Aliya Nurlanova',
        outlet: 'Zhetysu TV',
        mediaRole: 'reporter',
        workLink: 'https://zhetysu.tv/news/1',
        personalDataConsent: true,
      },
    });
    // The receipt is the same for any login; the registration itself is in the organisers' list.
    expect(registration.status()).toBe(202);
    const [voter] = await director.call<{ id: string }[]>('GET', `/api/contests/${contest.id}/voters`);
    await director.call('POST', `/api/contest-voters/${voter.id}/verification`, { status: 'verified' });
  }

  await move(published, 'judging');
  await move(judging, 'judging');
  const scorer = await client(baseURL, juror);
  const sheet = (applicationId: string, quality: number, reach: number) =>
    scorer.call(
      'PUT',
      `/api/nominations/${published.nominations[0].id}/applications/${applicationId}/score-sheet`,
      {
        scores: { quality, reach },
      },
    );
  await sheet(anna, 9, 8);
  await sheet(boris, 6, 5);
  const voter = await client(baseURL, `voter-${tag}`);
  await voter.call('POST', `/api/nominations/${published.nominations[1].id}/votes`, { applicationId: anna });
  await move(published, 'over');
  await director.call('POST', `/api/contests/${published.id}/results/publish`);
  return {
    open: previous.id,
    published: published.id,
    judging: judging.id,
    judgingTitle: `Press secretary ${tag}`,
    juror,
    journalist,
  };
}
