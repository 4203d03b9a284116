import { Injectable } from '@nestjs/common';
import type { BallotCandidate, ContestBallot, SessionUser } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { ContestApplication } from '../applications/contest-application.entity';
import { loadContest } from '../setup/contest-access';
import { toContestView, toNominationView } from '../setup/contest-views';
import { toVoterView } from './voters.service';
import { ContestVote, ContestVoter } from './voting.entities';
import { Clock } from '../../common/clock';
import { timeZoneOfRegion } from '../../regions/region-time-zone';
import { nominationsOfContest } from '../setup/contest-readers';
import { acceptedEntriesOf } from '../applications/application-readers';

/** The voting page's data: candidates by name only, never a count, so that a ballot cannot sway a vote. */
@Injectable()
export class BallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async ballot(contestId: string, user: SessionUser): Promise<ContestBallot> {
    const manager = this.dataSource.manager;
    const contest = await loadContest(manager, contestId, user);
    const nominations = (await nominationsOfContest(manager, contestId)).filter(
      (n) => n.scoringMode !== 'jury',
    );
    const voter = await manager.findOneBy(ContestVoter, { contestId, userId: user.id });
    const ids = nominations.map((n) => n.id);
    const { entries, applications } = await acceptedEntriesOf(manager, ids);
    const votes = voter ? await manager.findBy(ContestVote, { voterId: voter.id }) : [];
    const candidate = (a: ContestApplication): BallotCandidate => ({
      applicationId: a.id,
      candidateName: a.candidateName,
      candidateOrganisation: a.candidateOrganisation,
      projectTitle: a.projectTitle,
    });
    return {
      contest: toContestView(
        contest,
        nominations,
        this.clock.now(),
        await timeZoneOfRegion(manager, contest.regionIds[0]),
      ),
      voter: voter ? toVoterView(voter, user.displayName) : null,
      nominations: nominations.map((n) => ({
        nomination: toNominationView(n),
        candidates: applications
          .filter((a) => entries.some((e) => e.nominationId === n.id && e.applicationId === a.id))
          .map(candidate),
        votedFor: votes.find((v) => v.nominationId === n.id)?.applicationId ?? null,
      })),
    };
  }
}
