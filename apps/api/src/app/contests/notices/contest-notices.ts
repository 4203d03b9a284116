import { Injectable } from '@nestjs/common';
import type { Locale, VoterStatus } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { Notifier } from '../../notifications/notifier';
import { SCREENING_OUTCOMES, VOTER_OUTCOMES } from '../../notifications/texts/contest-texts';
import { defaultLocaleOfRegion } from '../../regions/region-default-locale';
import { applicantsOfContest } from '../applications/application-readers';
import { jurorWorkloads } from '../jury/juror-workloads';
import { nominationsOfContest } from '../setup/contest-readers';
import type { NoticeApplication, NoticeContest } from './notice-subjects';
import { verifiedVoterAccountIds } from '../voting/vote-readers';

/** The dashboard path of a contest's public page, where its rules and, once published, its results are. */
export const contestPagePath = (contestId: string) => `/contests/${contestId}`;

/** The dashboard path of an applicant's private link page (the apply page shows the same path once). */
export const privateLinkPath = (token: string) => `/contests/application/${encodeURIComponent(token)}`;

/** A registration to vote, as its decision is told. */
export interface VoterDecision {
  id: string;
  userId: string;
  status: VoterStatus;
  statusReason: string | null;
}

/**
 * What contests tell people when someone acts (issue 19, item 1): an application received, screened, a voter
 * verified or refused, results published. Each records its notifications in the caller's transaction, the one
 * that makes the change; the date-driven notices are `ContestReminders`'.
 */
@Injectable()
export class ContestNotices {
  constructor(private readonly notifier: Notifier) {}

  /**
   * The receipt of an application filed without an account, to its contact address in the language it was
   * filed in: the reference number and the private link, whose token exists only now (only its hash is kept).
   */
  async applicationReceived(
    manager: EntityManager,
    contest: NoticeContest,
    application: NoticeApplication,
    accessToken: string,
  ): Promise<void> {
    if (!application.contactEmail) return;
    await this.notifier.notify(manager, {
      kind: 'contest.application_received',
      key: `contest.application_received:${application.id}`,
      regionId: contest.regionIds[0] ?? null,
      addresses: [
        {
          email: application.contactEmail,
          locale: await this.applicantLocale(manager, contest, application),
        },
      ],
      params: {
        contest: contest.title,
        reference: application.referenceNumber,
        project: application.projectTitle,
      },
      link: privateLinkPath(accessToken),
      secrets: [accessToken],
    });
  }

  /**
   * A screening decision, with its reason, to the candidate's contact address and to the account that filed the
   * application, where there is one. Told once per saved version of the application.
   */
  async screened(
    manager: EntityManager,
    contest: NoticeContest,
    application: NoticeApplication,
  ): Promise<void> {
    if (application.screening === 'pending') return;
    await this.notifier.notify(manager, {
      kind: 'contest.screened',
      key: `contest.screened:${application.id}:${application.version}`,
      regionId: contest.regionIds[0] ?? null,
      audience: application.filerId ? { accountIds: [application.filerId] } : undefined,
      addresses: application.contactEmail
        ? [
            {
              email: application.contactEmail,
              locale: await this.applicantLocale(manager, contest, application),
            },
          ]
        : undefined,
      params: {
        contest: contest.title,
        reference: application.referenceNumber,
        project: application.projectTitle,
        outcome: SCREENING_OUTCOMES[application.screening],
        items: application.screeningReason ? [{ reason: application.screeningReason, link: null }] : [],
      },
      link: contestPagePath(contest.id),
    });
  }

  /** An organiser's decision on a registration to vote, to the voter; `decidedAt` tells two decisions apart. */
  async voterDecided(
    manager: EntityManager,
    contest: NoticeContest,
    voter: VoterDecision,
    decidedAt: Date,
  ): Promise<void> {
    if (voter.status === 'pending') return;
    await this.notifier.notify(manager, {
      kind: 'contest.voter_decided',
      key: `contest.voter_decided:${voter.id}:${voter.status}:${decidedAt.toISOString()}`,
      regionId: contest.regionIds[0] ?? null,
      audience: { accountIds: [voter.userId] },
      params: {
        contest: contest.title,
        outcome: VOTER_OUTCOMES[voter.status],
        items: voter.statusReason ? [{ reason: voter.statusReason, link: null }] : [],
      },
      link: voter.status === 'verified' ? `${contestPagePath(contest.id)}/vote` : contestPagePath(contest.id),
    });
  }

  /** Published results, to the contest's applicants (accounts and addresses), jurors and verified voters. */
  async resultsPublished(manager: EntityManager, contest: NoticeContest): Promise<void> {
    const applicants = await applicantsOfContest(manager, contest.id);
    const nominations = await nominationsOfContest(manager, contest.id);
    const jurors = (
      await jurorWorkloads(
        manager,
        nominations.map((n) => n.id),
      )
    ).map((w) => w.userId);
    const voters = await verifiedVoterAccountIds(manager, contest.id);
    const fallback = await this.regionLocale(manager, contest);
    await this.notifier.notify(manager, {
      kind: 'contest.results_published',
      key: `contest.results_published:${contest.id}`,
      regionId: contest.regionIds[0] ?? null,
      audience: { accountIds: [...new Set([...applicants.accountIds, ...jurors, ...voters])] },
      addresses: applicants.addresses.map((a) => ({ email: a.email, locale: a.locale ?? fallback })),
      params: { contest: contest.title },
      link: contestPagePath(contest.id),
    });
  }

  private async applicantLocale(
    manager: EntityManager,
    contest: NoticeContest,
    application: NoticeApplication,
  ): Promise<Locale> {
    return application.locale ?? this.regionLocale(manager, contest);
  }

  /** The language of the contest's (first) region, for candidates whose own is not known. */
  private regionLocale(manager: EntityManager, contest: NoticeContest): Promise<Locale> {
    return contest.regionIds[0]
      ? defaultLocaleOfRegion(manager, contest.regionIds[0])
      : Promise.resolve<Locale>('ru');
  }
}
