import type { ApiErrorBody, ApplicationView, ContestView, ErrorParams, Role } from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/app/auth/passwords';
import { accessTokenHash } from '../../src/app/contests/applications/applicant-link-token';
import { ApplicationAttachment } from '../../src/app/contests/applications/application-attachment.entity';
import {
  ApplicationNomination,
  ContestApplication,
} from '../../src/app/contests/applications/contest-application.entity';
import { Contest } from '../../src/app/contests/setup/contest.entity';
import { ContestJuror } from '../../src/app/contests/jury/jury.entities';
import { Nomination } from '../../src/app/contests/setup/nomination.entity';
import { ContestVoter } from '../../src/app/contests/voting/voting.entities';
import { demoPdf } from '../../src/demo/demo-files';
import { User } from '../../src/app/users/user.entity';
import { Caller, PASSWORD, RegionFixture } from './fixtures';
import type { TestApp } from './test-app';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A refusal as tests compare it: the status, the catalogue code and its params. */
export function refusalOf(r: LightMyRequestResponse): [number, string, ErrorParams] {
  const body = r.json() as Partial<ApiErrorBody>;
  return [r.statusCode, body.code ?? '', body.params ?? {}];
}

/** The field problems of a 400 without their English sentences: field, code and params. */
export function fieldProblemsOf(
  r: LightMyRequestResponse,
): { field: string; code: string; params?: ErrorParams }[] {
  return ((r.json() as Partial<ApiErrorBody>).details ?? []).map(({ field, code, params }) => ({
    field,
    code,
    ...(params ? { params } : {}),
  }));
}

/** Dates that put a contest, now, in one stage: taking applications, judging and voting, or all over. */
export function contestDates(stage: 'applications' | 'judging' | 'over') {
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

/** Moves a contest's dates so that it is now in the given stage, as time passing would. */
export async function moveContest(
  testApp: TestApp,
  contestId: string,
  stage: 'applications' | 'judging' | 'over',
) {
  const d = contestDates(stage);
  await testApp.app.get(DataSource).query(
    `UPDATE contest SET applications_open_at = $2, applications_close_at = $3, judging_start_at = $4,
            judging_end_at = $5, voting_start_at = $6, voting_end_at = $7 WHERE id = $1`,
    [
      contestId,
      d.applicationsOpenAt,
      d.applicationsCloseAt,
      d.judgingStartAt,
      d.judgingEndAt,
      d.votingStartAt,
      d.votingEndAt,
    ],
  );
}

/** An account of a region with the given role; its password is {@link PASSWORD}. */
export async function insertAccount(
  testApp: TestApp,
  login: string,
  role: Role,
  regionId: string,
): Promise<User> {
  return testApp.app
    .get(DataSource)
    .getRepository(User)
    .save({
      login,
      displayName: login,
      passwordHash: await hashPassword(PASSWORD),
      role,
      regionId,
      agencyId: null,
      locale: 'ru',
      email: `${login}@prgauge.example`,
      active: true,
    });
}

/**
 * A north contest in judging with voting open: one nomination, agency A's accepted application with a file,
 * a juror on the nomination, and a pending voter.
 */
export async function seedContestVictim(
  testApp: TestApp,
  fx: RegionFixture,
): Promise<Record<string, string>> {
  const ds = testApp.app.get(DataSource);
  const d = contestDates('judging');
  const contest = await ds.getRepository(Contest).save({
    title: { en: 'Victim contest' },
    organiser: { en: 'North directorate' },
    regionIds: [fx.region.id],
    year: 2026,
    series: 'victim',
    rules: null,
    status: 'announced',
    applicationsOpenAt: new Date(d.applicationsOpenAt),
    applicationsCloseAt: new Date(d.applicationsCloseAt),
    judgingStartAt: new Date(d.judgingStartAt),
    judgingEndAt: new Date(d.judgingEndAt),
    votingStartAt: new Date(d.votingStartAt),
    votingEndAt: new Date(d.votingEndAt),
    resultsPublishedAt: null,
    liveCounts: false,
  });
  const nomination = await ds.getRepository(Nomination).save({
    contestId: contest.id,
    name: { en: 'Victim nomination' },
    places: 1,
    criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
    scoringMode: 'combined',
    juryShare: 0.7,
    commentRequired: false,
    normaliseJurors: false,
    prizeAmount: null,
    prizeCurrency: null,
    position: 0,
  });
  const editorA = await ds.getRepository(User).findOneByOrFail({ login: fx.logins.editorA });
  const application = await ds.getRepository(ContestApplication).save({
    contestId: contest.id,
    candidateName: 'Victim candidate',
    candidatePosition: 'Press secretary',
    candidateOrganisation: 'Agency A',
    agencyId: fx.agencies.a.id,
    filedBy: 'organisation',
    filerId: editorA.id,
    projectTitle: 'Victim project',
    projectStart: null,
    projectEnd: null,
    description: 'A project of agency A.',
    goal: null,
    results: null,
    links: [],
    screening: 'accepted',
    screeningReason: null,
    screenedBy: null,
    accessTokenHash: accessTokenHash(VICTIM_LINK_TOKEN),
  });
  await ds
    .getRepository(ApplicationNomination)
    .save({ applicationId: application.id, nominationId: nomination.id });
  const content = demoPdf('victim attachment');
  const attachment = await ds.getRepository(ApplicationAttachment).save({
    applicationId: application.id,
    fileName: 'project.pdf',
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: 'x',
    content,
    uploadedBy: editorA.id,
  });
  const juror = await insertAccount(testApp, 'juror', 'juror', fx.region.id);
  await ds
    .getRepository(ContestJuror)
    .save({ nominationId: nomination.id, userId: juror.id, organisation: 'Kazinform' });
  const journalist = await insertAccount(testApp, 'journalist', 'journalist', fx.region.id);
  const voter = await ds.getRepository(ContestVoter).save({
    contestId: contest.id,
    userId: journalist.id,
    outlet: 'Zhetysu TV',
    mediaRole: 'reporter',
    workLink: 'https://zhetysu.tv/news/1',
    documentName: null,
    documentType: null,
    document: null,
    status: 'pending',
    statusReason: null,
    reviewedBy: null,
  });
  return {
    contestId: contest.id,
    nominationId: nomination.id,
    applicationId: application.id,
    attachmentId: attachment.id,
    voterId: voter.id,
    jurorUserId: juror.id,
    token: VICTIM_LINK_TOKEN,
  };
}

/** The private link of the victim's application, so that the link's routes get past it to the contest's rules. */
const VICTIM_LINK_TOKEN = 'victim-private-link-token-0123456789abcdef';

/** An announced contest taking applications now, set up through the API by an organiser. */
export async function announceContest(
  organiser: Caller,
  fields: Record<string, unknown>,
): Promise<ContestView> {
  const response = await organiser({
    method: 'POST',
    url: '/api/contests',
    payload: {
      organiser: { en: 'Regional PR directorate' },
      year: 2026,
      status: 'announced',
      ...contestDates('applications'),
      ...fields,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`contest not created: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Files an application on a candidate's behalf through the API and returns its id; anything but 201 fails. */
export async function fileApplication(
  caller: Caller,
  contestId: string,
  name: string,
  organisation: string,
  nominationIds: string[],
): Promise<string> {
  const r = await caller({
    method: 'POST',
    url: `/api/contests/${contestId}/applications`,
    payload: {
      candidateName: name,
      candidatePosition: 'SMM specialist',
      candidateOrganisation: organisation,
      filedBy: 'organisation',
      nominationIds,
      projectTitle: `${name}'s pages`,
      description: 'A year of daily posts and answers to every comment.',
      personalDataConsent: true,
      links: ['https://t.me/example'],
    },
  });
  if (r.statusCode !== 201) throw new Error(`filing for ${name}: ${r.statusCode} ${r.body}`);
  return (r.json() as ApplicationView).id;
}

/** The expert commission's criteria of the social-media contest, weighted 2 : 1 : 1. */
export const CRITERIA = [
  { key: 'quality', name: { en: 'Content quality' }, weight: 2 },
  { key: 'rating', name: { en: 'Page rating' }, weight: 1 },
  { key: 'subscribers', name: { en: 'Subscribers' }, weight: 1 },
];

let registrations = 0;

/**
 * Registers a new journalist account (password {@link PASSWORD}) to vote through the public route, each from
 * an address of its own so that the per-address limit stays out of the way, and returns the registration's id.
 */
export async function registerVoter(
  testApp: TestApp,
  contestId: string,
  login: string,
  fields: Record<string, string> = {},
): Promise<string> {
  registrations += 1;
  const r = await testApp.request({
    method: 'POST',
    url: `/api/public/contests/${contestId}/voters`,
    remoteAddress: `198.18.${registrations >> 8}.${registrations & 255}`,
    payload: {
      login,
      password: PASSWORD,
      displayName: login,
      outlet: 'Zhetysu TV',
      mediaRole: 'reporter',
      workLink: 'https://zhetysu.tv/news/1',
      personalDataConsent: true,
      ...fields,
    },
  });
  if (r.statusCode !== 202) throw new Error(`registering ${login}: ${r.statusCode} ${r.body}`);
  const [voter] = (await testApp.app
    .get(DataSource)
    .query(
      `SELECT v.id FROM contest_voter v JOIN app_user u ON u.id = v.user_id WHERE u.login = $1 AND v.contest_id = $2`,
      [login, contestId],
    )) as { id: string }[];
  return voter.id;
}
