import { Injectable } from '@nestjs/common';
import type { LiveCounts } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { assertPhaseAllows, ContestRecordNotFoundException } from '../setup/contest-errors';
import { liveCountsRefusal } from '../setup/contest-phase';
import { Clock } from '../../common/clock';
import { announcedContest } from '../setup/contest-readers';

interface CountRow {
  nomination_id: string;
  application_id: string | null;
  candidate_name: string | null;
  candidate_organisation: string | null;
  votes: number;
}

/** The running tally of public votes, for anyone, but only where the organisers chose to show it. */
@Injectable()
export class LiveCountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async counts(contestId: string): Promise<LiveCounts> {
    const manager = this.dataSource.manager;
    const contest = await announcedContest(manager, contestId);
    if (!contest) throw new ContestRecordNotFoundException('contest');
    assertPhaseAllows(liveCountsRefusal(contest, this.clock.now()));
    const rows: CountRow[] = await manager.query(
      `SELECT n.id AS nomination_id, a.id AS application_id, a.candidate_name, a.candidate_organisation,
              count(v.id)::int AS votes
         FROM nomination n
         LEFT JOIN application_nomination an ON an.nomination_id = n.id
         LEFT JOIN contest_application a ON a.id = an.application_id AND a.screening = 'accepted'
         LEFT JOIN contest_vote v ON v.nomination_id = n.id AND v.application_id = a.id
        WHERE n.contest_id = $1 AND n.scoring_mode <> 'jury'
        GROUP BY n.id, n.position, a.id
        ORDER BY n.position, votes DESC, a.filed_at`,
      [contest.id],
    );
    const nominations = [...new Set(rows.map((r) => r.nomination_id))];
    return {
      contestId: contest.id,
      nominations: nominations.map((nominationId) => ({
        nominationId,
        counts: rows
          .filter((r) => r.nomination_id === nominationId && r.application_id !== null)
          .map((r) => ({
            applicationId: r.application_id ?? '',
            candidateName: r.candidate_name ?? '',
            candidateOrganisation: r.candidate_organisation ?? '',
            votes: r.votes,
          })),
      })),
    };
  }
}
