import { HttpStatus, Injectable } from '@nestjs/common';
import type { SessionUser, VoteAnomaly, VoteReceipt } from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { ApiException, InvalidFieldsException } from '../../common/api-error';
import { TooManyRequestsException } from '../../common/too-many-requests';
import { loadContest } from '../setup/contest-access';
import { assertPhaseAllows, ContestRecordNotFoundException, nameOf } from '../setup/contest-errors';
import { votingRefusal } from '../setup/contest-phase';
import { Contest } from '../setup/contest.entity';
import { CastVoteDto } from './dto/voting.dto';
import { ContestVote, ContestVoter } from './voting.entities';
import { Clock } from '../../common/clock';
import { timeZoneOfRegion } from '../../regions/region-time-zone';
import { nominationById } from '../setup/contest-readers';

/** More votes than this from one address within a minute are refused. */
export const VOTES_PER_ADDRESS_PER_MINUTE = 60;
/** A burst worth an organiser's look: this many votes from one address or one registration day. */
const ANOMALY_THRESHOLD = 10;

/** Addresses are kept only as a hash, enough to see bursts from one address without keeping who it was. */
export const hashAddress = (ip: string) => createHash('sha256').update(`prgauge-vote:${ip}`).digest('hex');

/** Votes of verified voters: one per nomination, final, within the voting window. */
@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async cast(nominationId: string, body: CastVoteDto, actor: Actor): Promise<VoteReceipt> {
    const manager = this.dataSource.manager;
    const nomination = await nominationById(manager, nominationId);
    if (!nomination) throw new ContestRecordNotFoundException('nomination');
    const contest = await loadContest(manager, nomination.contestId, actor.user, { notFound: 'nomination' });
    const named = { nominationId, nomination: nameOf(nomination.name) };
    const voter = await manager.findOneBy(ContestVoter, { contestId: contest.id, userId: actor.user.id });
    if (!voter)
      throw new ApiException(HttpStatus.FORBIDDEN, 'vote.not_registered', { contestId: contest.id });
    if (voter.status !== 'verified')
      throw new ApiException(HttpStatus.FORBIDDEN, 'vote.not_verified', { status: voter.status });
    const now = this.clock.now();
    assertPhaseAllows(votingRefusal(contest, now));
    if (nomination.scoringMode === 'jury')
      throw new ApiException(HttpStatus.CONFLICT, 'vote.jury_only', named);
    const entered: unknown[] = await manager.query(
      `SELECT 1 FROM application_nomination an JOIN contest_application a ON a.id = an.application_id
        WHERE an.nomination_id = $1 AND an.application_id = $2 AND a.screening = 'accepted'`,
      [nominationId, body.applicationId],
    );
    if (entered.length === 0)
      throw new InvalidFieldsException([
        {
          field: 'applicationId',
          code: 'vote.not_a_candidate',
          params: named,
          problems: ['is not an accepted application of this nomination'],
        },
      ]);
    const ipHash = hashAddress(actor.ip);
    const [{ recent }] = (await manager.query(
      `SELECT count(*)::int AS recent FROM contest_vote
        WHERE ip_hash = $1 AND cast_at > $2::timestamptz - interval '1 minute'`,
      [ipHash, now],
    )) as { recent: number }[];
    // The window slides, so a minute from now is always enough.
    if (recent >= VOTES_PER_ADDRESS_PER_MINUTE) throw new TooManyRequestsException('request.too_many', 60);
    // The unique key decides between concurrent requests: exactly one insert wins, the rest see a conflict.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ContestVote)
      .values({ nominationId, applicationId: body.applicationId, voterId: voter.id, ipHash, castAt: now })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) throw new ApiException(HttpStatus.CONFLICT, 'vote.already_cast', named);
    return { nominationId, applicationId: body.applicationId };
  }

  /**
   * Bursts of votes from one address, and from voters registered on one day. The day is the contest region's
   * calendar day (`key` is `YYYY-MM-DD`): a burst of registrations in a Tehran evening is one day there, though
   * it spans two UTC days.
   */
  async anomalies(contestId: string, user: SessionUser): Promise<VoteAnomaly[]> {
    const manager = this.dataSource.manager;
    const contest: Contest = await loadContest(manager, contestId, user, { organiser: true });
    const timeZone = await timeZoneOfRegion(manager, contest.regionIds[0]);
    const rows: { kind: VoteAnomaly['kind']; key: string; votes: number; first_at: Date; last_at: Date }[] =
      await manager.query(
        `WITH v AS (
           SELECT v.cast_at, v.ip_hash, to_char(r.registered_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day
             FROM contest_vote v JOIN contest_voter r ON r.id = v.voter_id WHERE r.contest_id = $1)
         SELECT 'address' AS kind, left(ip_hash, 12) AS key, count(*)::int AS votes, min(cast_at) AS first_at, max(cast_at) AS last_at
           FROM v GROUP BY ip_hash HAVING count(*) >= $2
         UNION ALL
         SELECT 'registration_day', day, count(*)::int, min(cast_at), max(cast_at)
           FROM v GROUP BY day HAVING count(*) >= $2
         ORDER BY votes DESC`,
        [contest.id, ANOMALY_THRESHOLD, timeZone],
      );
    return rows.map((r) => ({
      kind: r.kind,
      key: r.key,
      votes: r.votes,
      firstAt: new Date(r.first_at).toISOString(),
      lastAt: new Date(r.last_at).toISOString(),
    }));
  }
}
