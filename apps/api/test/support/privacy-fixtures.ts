import { DataSource } from 'typeorm';
import { ApplicationAttachment } from '../../src/app/contests/applications/application-attachment.entity';
import {
  ApplicationNomination,
  ContestApplication,
} from '../../src/app/contests/applications/contest-application.entity';
import { Contest } from '../../src/app/contests/setup/contest.entity';
import { ContestJuror, JurorConflict } from '../../src/app/contests/jury/jury.entities';
import { Nomination } from '../../src/app/contests/setup/nomination.entity';
import { ContestVote, ContestVoter } from '../../src/app/contests/voting/voting.entities';
import { demoPdf } from '../../src/demo/demo-files';
import { contestDates, insertAccount } from './contest-fixtures';
import type { RegionFixture } from './fixtures';
import type { TestApp } from './test-app';

/** One candidate of the jury scenario: their application, its one file, and the e-mail a juror must never see. */
export interface SeededCandidate {
  applicationId: string;
  attachmentId: string;
  contactEmail: string;
}

export interface JuryScenario {
  contestId: string;
  nominationId: string;
  jurorLogin: string;
  /** The juror may score this one. */
  open: SeededCandidate;
  /** Same organisation as the juror's seat, spelt differently: excluded automatically. */
  colleague: SeededCandidate;
  /** The juror declared a conflict of interest with this one. */
  declared: SeededCandidate;
}

/** A contest dated so that it is in the given stage now, with one jury nomination scored on `quality`. */
export async function insertContestWithNomination(
  testApp: TestApp,
  regionId: string,
  stage: 'applications' | 'judging' | 'over',
  extra: Partial<Contest> = {},
): Promise<{ contest: Contest; nomination: Nomination }> {
  const ds = testApp.app.get(DataSource);
  const d = contestDates(stage);
  const contest = await ds.getRepository(Contest).save({
    title: { en: `Contest ${Math.random().toString(16).slice(2)}` },
    organiser: { en: 'North directorate' },
    regionIds: [regionId],
    year: 2026,
    series: 'privacy',
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
    ...extra,
  });
  const nomination = await ds.getRepository(Nomination).save({
    contestId: contest.id,
    name: { en: 'Project of the year' },
    places: 1,
    criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
    scoringMode: 'combined',
    juryShare: 0.5,
    commentRequired: false,
    normaliseJurors: false,
    prizeAmount: null,
    prizeCurrency: null,
    position: 0,
  });
  return { contest, nomination };
}

/** An accepted application filed by the candidate without an account, with their e-mail and one PDF. */
export async function insertCandidate(
  testApp: TestApp,
  contestId: string,
  nominationId: string,
  name: string,
  organisation: string,
): Promise<SeededCandidate> {
  const ds = testApp.app.get(DataSource);
  const contactEmail = `${name.toLowerCase().replace(/\W+/g, '.')}@example.kz`;
  const application = await ds.getRepository(ContestApplication).save({
    contestId,
    candidateName: name,
    candidatePosition: 'Press secretary',
    candidateOrganisation: organisation,
    agencyId: null,
    filedBy: 'candidate',
    filerId: null,
    contactEmail,
    projectTitle: `${name}'s project`,
    projectStart: null,
    projectEnd: null,
    description: 'A year of open briefings.',
    goal: null,
    results: null,
    links: [],
    screening: 'accepted',
    screeningReason: null,
    screenedBy: null,
    filerIpHash: 'hash of the address',
    personalDataConsentAt: new Date(),
  });
  await ds.getRepository(ApplicationNomination).save({ applicationId: application.id, nominationId });
  const content = demoPdf(`${name}'s portfolio`);
  const attachment = await ds.getRepository(ApplicationAttachment).save({
    applicationId: application.id,
    fileName: 'portfolio.pdf',
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: 'x',
    content,
    uploadedBy: null,
  });
  return { applicationId: application.id, attachmentId: attachment.id, contactEmail };
}

/**
 * A north contest in judging with three accepted candidates who applied with their e-mail, and a juror seated
 * for "«KAZINFORM»" who declared a conflict with one of them.
 */
export async function seedJuryScenario(testApp: TestApp, fx: RegionFixture): Promise<JuryScenario> {
  const ds = testApp.app.get(DataSource);
  const { contest, nomination } = await insertContestWithNomination(testApp, fx.region.id, 'judging');
  const candidate = (name: string, organisation: string) =>
    insertCandidate(testApp, contest.id, nomination.id, name, organisation);
  const open = await candidate('Aigerim Open', 'University');
  const colleague = await candidate('Boris Colleague', 'Kazinform');
  const declared = await candidate('Dana Declared', 'Akimat');
  const juror = await insertAccount(testApp, 'privacy-juror', 'juror', fx.region.id);
  await ds
    .getRepository(ContestJuror)
    .save({ nominationId: nomination.id, userId: juror.id, organisation: '«KAZINFORM»' });
  await ds
    .getRepository(JurorConflict)
    .save({ applicationId: declared.applicationId, userId: juror.id, reason: 'My sister' });
  return {
    contestId: contest.id,
    nominationId: nomination.id,
    jurorLogin: juror.login,
    open,
    colleague,
    declared,
  };
}

/** A verified voter of the contest with a journalist account, a work link and a document, who may have voted. */
export async function insertVoter(
  testApp: TestApp,
  contestId: string,
  regionId: string,
  login: string,
  vote?: { nominationId: string; applicationId: string },
): Promise<{ voterId: string; userId: string; login: string; workLink: string }> {
  const ds = testApp.app.get(DataSource);
  const account = await insertAccount(testApp, login, 'journalist', regionId);
  const document = demoPdf(`${login}'s press card`);
  const workLink = `https://news.example/${login}`;
  const voter = await ds.getRepository(ContestVoter).save({
    contestId,
    userId: account.id,
    outlet: 'Zhetysu TV',
    mediaRole: 'reporter',
    workLink,
    documentName: 'press-card.pdf',
    documentType: 'application/pdf',
    document,
    documentSizeBytes: document.length,
    documentSha256: 'x',
    status: 'verified',
    statusReason: null,
    reviewedBy: null,
    personalDataConsentAt: new Date(),
    personalDataErasedAt: null,
  });
  if (vote) await ds.getRepository(ContestVote).save({ ...vote, voterId: voter.id, ipHash: 'x' });
  return { voterId: voter.id, userId: account.id, login, workLink };
}

/** Contest dates that all lie in the past, the last of them (the end of voting) `days` ago. */
export function datesEndedDaysAgo(days: number): Partial<Contest> {
  const at = (d: number) => new Date(Date.now() - d * 86_400_000);
  return {
    applicationsOpenAt: at(days + 30),
    applicationsCloseAt: at(days + 20),
    judgingStartAt: at(days + 20),
    judgingEndAt: at(days + 5),
    votingStartAt: at(days + 20),
    votingEndAt: at(days),
  };
}
