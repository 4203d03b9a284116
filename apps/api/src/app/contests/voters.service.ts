import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { SessionUser, VoterView } from '@prgauge/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/passwords';
import { toSessionUser } from '../auth/session.service';
import { AuditService } from '../audit/audit.service';
import { InvalidFieldsException } from '../common/api-error';
import { User } from '../users/user.entity';
import { loadContest } from './contest-access';
import { contestPhase } from './contest-phase';
import { Contest } from './contest.entity';
import { RegisterVoterDto, VerifyVoterDto } from './dto/voting.dto';
import { ContestVoter } from './voting.entities';

export const toVoterView = (v: ContestVoter, name: string): VoterView => ({
  id: v.id,
  contestId: v.contestId,
  userId: v.userId,
  name,
  outlet: v.outlet,
  mediaRole: v.mediaRole,
  workLink: v.workLink,
  hasDocument: v.documentName !== null,
  document:
    v.documentName !== null && v.documentType !== null
      ? { fileName: v.documentName, mediaType: v.documentType, sizeBytes: v.documentSizeBytes ?? 0 }
      : null,
  status: v.status,
  statusReason: v.statusReason,
  registeredAt: v.registeredAt.toISOString(),
});

/** Journalists' and bloggers' registrations to vote, and their verification by organisers. */
@Injectable()
export class VotersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Registers to vote in a contest. A signed-in journalist registers their own account; an anonymous visitor
   * creates a journalist account in the contest's first region. Any other signed-in role is refused.
   */
  async register(contestId: string, body: RegisterVoterDto, caller: Actor | null): Promise<VoterView> {
    if (caller && caller.user.role !== 'journalist')
      throw new ForbiddenException('Only journalists register to vote; sign out to register a new account');
    return this.dataSource.transaction(async (manager) => {
      const contest = await manager.findOneBy(Contest, { id: contestId, status: 'announced' });
      if (!contest) throw new NotFoundException('Contest not found');
      const phase = contestPhase(contest, new Date());
      if (phase === 'results_published' || !contest.votingEndAt || contest.votingEndAt <= new Date())
        throw new ConflictException(`This contest takes no more voters; it is in phase ${phase}`);
      const user = caller
        ? await manager.findOneByOrFail(User, { id: caller.user.id })
        : await this.newAccount(manager, body, contest);
      if (await manager.existsBy(ContestVoter, { contestId, userId: user.id }))
        throw new ConflictException('You are registered for this contest already');
      const voter = await manager.save(ContestVoter, {
        contestId,
        userId: user.id,
        outlet: body.outlet,
        mediaRole: body.mediaRole,
        workLink: body.workLink,
        documentName: null,
        documentType: null,
        document: null,
        documentSizeBytes: null,
        documentSha256: null,
        status: 'pending',
        statusReason: null,
        reviewedBy: null,
      });
      await this.audit.record(
        manager,
        caller ?? { user: toSessionUser(user), requestId: 'registration', ip: '' },
        {
          action: 'contest.voter.register',
          entity: 'contest_voter',
          entityId: voter.id,
          regionId: contest.regionIds[0],
        },
      );
      return toVoterView(voter, user.displayName);
    });
  }

  async list(contestId: string, user: SessionUser): Promise<VoterView[]> {
    const manager = this.dataSource.manager;
    await loadContest(manager, contestId, user, { organiser: true });
    const voters = await manager.find(ContestVoter, { where: { contestId }, order: { registeredAt: 'ASC' } });
    const names = await this.names(manager, voters);
    return voters.map((v) => toVoterView(v, names.get(v.userId) ?? ''));
  }

  async verify(voterId: string, body: VerifyVoterDto, actor: Actor): Promise<VoterView> {
    return this.dataSource.transaction(async (manager) => {
      const voter = await manager.findOneBy(ContestVoter, { id: voterId });
      if (!voter) throw new NotFoundException('Voter not found');
      const contest = await loadContest(manager, voter.contestId, actor.user, { organiser: true });
      const before = voter.status;
      const saved = await manager.save(ContestVoter, {
        ...voter,
        status: body.status,
        statusReason: body.reason ?? null,
        reviewedBy: actor.user.id,
      });
      await this.audit.record(manager, actor, {
        action: 'contest.voter.verify',
        entity: 'contest_voter',
        entityId: voter.id,
        regionId: contest.regionIds[0],
        changes: [{ field: 'status', old: before, new: body.status }],
        reason: body.reason ?? null,
      });
      return toVoterView(saved, (await this.names(manager, [saved])).get(saved.userId) ?? '');
    });
  }

  private async newAccount(manager: EntityManager, body: RegisterVoterDto, contest: Contest): Promise<User> {
    const missing = (['login', 'password', 'displayName'] as const).filter((f) => !body[f]);
    if (missing.length)
      throw new InvalidFieldsException(
        missing.map((field) => ({ field, code: 'field.required', problems: ['is required to register'] })),
      );
    if (await manager.existsBy(User, { login: body.login }))
      throw new InvalidFieldsException([{ field: 'login', code: 'field.taken', problems: ['is taken'] }]);
    return manager.save(User, {
      login: body.login,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password ?? ''),
      role: 'journalist',
      regionId: contest.regionIds[0],
      agencyId: null,
      locale: 'ru',
      active: true,
      failedLogins: 0,
    });
  }

  private async names(manager: EntityManager, voters: ContestVoter[]): Promise<Map<string, string>> {
    const ids = voters.map((v) => v.userId);
    return new Map(
      (ids.length ? await manager.findBy(User, { id: In(ids) }) : []).map((u) => [u.id, u.displayName]),
    );
  }
}
