import type {
  ContestCriterion,
  LocalizedText,
  ScoringMode,
  ScreeningStatus,
  TieBreak,
} from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApplicationAttachment } from '../app/contests/applications/application-attachment.entity';
import {
  ApplicationNomination,
  ContestApplication,
} from '../app/contests/applications/contest-application.entity';
import { Contest } from '../app/contests/setup/contest.entity';
import { ContestJuror, ScoreSheet } from '../app/contests/jury/jury.entities';
import { Nomination } from '../app/contests/setup/nomination.entity';
import { hashAddress } from '../app/contests/voting/votes.service';
import { ContestVote, ContestVoter } from '../app/contests/voting/voting.entities';
import { demoPdf } from './demo-files';

export const DAY = 86_400_000;
export const text = (ru: string, kk: string, fa: string, en: string): LocalizedText => ({ ru, kk, fa, en });

export interface DemoContest {
  title: LocalizedText;
  organiser: LocalizedText;
  year: number;
  series: string;
  rules: LocalizedText;
  /** Applications open, applications close, judging starts, judging ends; a vote-only contest has no judging. */
  phases: [Date, Date, Date, Date] | [Date, Date];
  voting?: [Date, Date];
  liveCounts?: boolean;
}

export interface DemoNomination {
  name: LocalizedText;
  places: number;
  criteria: ContestCriterion[];
  scoringMode: ScoringMode;
  juryShare?: number;
  commentRequired?: boolean;
  prize?: { amount: number; currency: string };
  /** The tie-break chain; none: tied candidates share the place. */
  tieBreaks?: TieBreak[];
}

export interface DemoApplication {
  candidateName: string;
  candidatePosition: string;
  candidateOrganisation: string;
  agencyId: string | null;
  nominationIds: string[];
  projectTitle: string;
  description: string;
  filedAt: Date;
  screening?: ScreeningStatus;
  screeningReason?: string;
  filedBy?: ContestApplication['filedBy'];
  filerId?: string | null;
  contactEmail?: string | null;
  projectStart?: string;
  projectEnd?: string;
  goal?: string;
  results?: string;
  links?: string[];
}

export async function insertContest(manager: EntityManager, regionId: string, c: DemoContest) {
  return manager.save(Contest, {
    title: c.title,
    organiser: c.organiser,
    regionIds: [regionId],
    year: c.year,
    series: c.series,
    rules: c.rules,
    status: 'announced' as const,
    shape: c.phases.length === 2 ? ('vote' as const) : c.voting ? ('combined' as const) : ('jury' as const),
    applicationsOpenAt: c.phases[0],
    applicationsCloseAt: c.phases[1],
    judgingStartAt: c.phases[2] ?? null,
    judgingEndAt: c.phases[3] ?? null,
    votingStartAt: c.voting?.[0] ?? null,
    votingEndAt: c.voting?.[1] ?? null,
    resultsPublishedAt: null,
    liveCounts: c.liveCounts ?? false,
  });
}

export async function insertNominations(manager: EntityManager, contestId: string, list: DemoNomination[]) {
  return manager.save(
    Nomination,
    list.map((n, position) => ({
      contestId,
      name: n.name,
      places: n.places,
      criteria: n.criteria,
      scoringMode: n.scoringMode,
      juryShare: n.scoringMode === 'jury' ? 1 : n.scoringMode === 'vote' ? 0 : (n.juryShare ?? 0.7),
      commentRequired: n.commentRequired ?? false,
      normaliseJurors: false,
      prizeAmount: n.prize?.amount ?? null,
      prizeCurrency: n.prize?.currency ?? null,
      tieBreaks: n.tieBreaks ?? [],
      position,
    })),
  );
}

/** Stores applications in the order given, with their nominations; a PDF goes with every `attachEvery`-th one. */
export async function insertApplications(
  manager: EntityManager,
  contestId: string,
  list: DemoApplication[],
  attachEvery = 0,
): Promise<ContestApplication[]> {
  const saved = await manager.save(
    ContestApplication,
    list.map((a) => ({
      contestId,
      candidateName: a.candidateName,
      candidatePosition: a.candidatePosition,
      candidateOrganisation: a.candidateOrganisation,
      agencyId: a.agencyId,
      filedBy: a.filedBy ?? 'organisation',
      filerId: a.filerId ?? null,
      contactEmail: a.contactEmail ?? null,
      projectTitle: a.projectTitle,
      projectStart: a.projectStart ?? null,
      projectEnd: a.projectEnd ?? null,
      description: a.description,
      goal: a.goal ?? null,
      results: a.results ?? null,
      links: a.links ?? [],
      screening: a.screening ?? 'accepted',
      screeningReason: a.screeningReason ?? null,
      screenedBy: null,
      filedAt: a.filedAt,
      personalDataConsentAt: a.filedAt,
    })),
    { chunk: 200 },
  );
  await manager.insert(
    ApplicationNomination,
    saved.flatMap((a, i) =>
      list[i].nominationIds.map((nominationId) => ({ applicationId: a.id, nominationId })),
    ),
  );
  if (attachEvery > 0)
    for (const [i, a] of saved.entries())
      if (i % attachEvery === 0) {
        const content = demoPdf(`${a.candidateName}: ${a.projectTitle}`);
        await manager.insert(ApplicationAttachment, {
          applicationId: a.id,
          fileName: 'project.pdf',
          mediaType: 'application/pdf',
          sizeBytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          uploadedBy: null,
        });
      }
  return saved;
}

export async function seatJurors(
  manager: EntityManager,
  nominationIds: string[],
  jurors: { userId: string; organisation: string }[],
) {
  await manager.insert(
    ContestJuror,
    nominationIds.flatMap((nominationId) => jurors.map((j) => ({ nominationId, ...j }))),
  );
}

export async function insertSheets(
  manager: EntityManager,
  sheets: Pick<ScoreSheet, 'nominationId' | 'applicationId' | 'jurorId' | 'scores' | 'comment'>[],
) {
  for (let i = 0; i < sheets.length; i += 500) await manager.insert(ScoreSheet, sheets.slice(i, i + 500));
}

export interface DemoVoter {
  userId: string;
  outlet: string;
  mediaRole: string;
  status: ContestVoter['status'];
  registeredAt: Date;
  withDocument?: boolean;
}

/** Registrations to vote; a document (a press card) goes with those that say so. */
export async function insertVoters(manager: EntityManager, contestId: string, list: DemoVoter[]) {
  return manager.save(
    ContestVoter,
    list.map((v, i) => {
      const document = v.withDocument ? demoPdf(`Press card: ${v.outlet}, ${v.mediaRole}`) : null;
      return {
        contestId,
        userId: v.userId,
        outlet: v.outlet,
        mediaRole: v.mediaRole,
        workLink: `https://news.example.ir/${contestId.slice(0, 8)}/${i + 1}`,
        documentName: document ? 'press-card.pdf' : null,
        documentType: document ? 'application/pdf' : null,
        document,
        documentSizeBytes: document?.length ?? null,
        documentSha256: document ? createHash('sha256').update(document).digest('hex') : null,
        status: v.status,
        statusReason: v.status === 'rejected' ? 'Публикации по ссылке не найдены' : null,
        reviewedBy: null,
        registeredAt: v.registeredAt,
        personalDataConsentAt: v.registeredAt,
      };
    }),
  );
}

export async function insertVotes(
  manager: EntityManager,
  votes: { nominationId: string; applicationId: string; voterId: string; castAt: Date; ip: string }[],
) {
  if (votes.length === 0) return;
  await manager.insert(
    ContestVote,
    votes.map((v) => ({
      nominationId: v.nominationId,
      applicationId: v.applicationId,
      voterId: v.voterId,
      ipHash: hashAddress(v.ip),
      castAt: v.castAt,
    })),
  );
}
