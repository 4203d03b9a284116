import { HttpStatus, Injectable } from '@nestjs/common';
import type { SessionUser, VoterRegistrationReceipt, VoterView } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { assertStrongPassword } from '../../auth/password-policy';
import { hashPassword } from '../../auth/passwords';
import { AuditService } from '../../audit/audit.service';
import { ApiException, InvalidFieldsException } from '../../common/api-error';
import { AddressLimit, AddressLimitsService } from '../../rate-limits/address-limits.service';
import { displayNamesOf } from '../../users/account-references';
import { accountOf, insertJournalistAccount } from '../../users/voter-accounts.facade';
import { loadContest } from '../setup/contest-access';
import { assertPhaseAllows, ContestRecordNotFoundException } from '../setup/contest-errors';
import { voterRegistrationRefusal } from '../setup/contest-phase';
import { Contest } from '../setup/contest.entity';
import { RegisterVoterDto, VerifyVoterDto } from './dto/voting.dto';
import { ContestVoter } from './voting.entities';
import { Clock } from '../../common/clock';
import { ContestNotices } from '../notices/contest-notices';
import { announcedContest } from '../setup/contest-readers';

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
  personalDataConsentAt: v.personalDataConsentAt?.toISOString() ?? null,
  personalDataErasedAt: v.personalDataErasedAt?.toISOString() ?? null,
});

/** Anonymous registrations from one address per hour: a newsroom's worth, not a script's. */
export const VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR = 5;
const VOTER_REGISTRATION_LIMIT: AddressLimit = {
  bucket: 'voter-registration',
  limit: VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR,
  windowSeconds: 3600,
};

/** Where a request came from, for the audit and the per-address limit. */
export interface RequestOrigin {
  requestId: string;
  ip: string;
}

type NewAccount = { login: string; password: string; displayName: string };

/** The account an anonymous visitor asks for; every field required, and the password hard to guess. */
function newAccountFields(body: RegisterVoterDto): NewAccount {
  const missing = (['login', 'password', 'displayName'] as const).filter((f) => !body[f]);
  if (missing.length)
    throw new InvalidFieldsException(
      missing.map((field) => ({ field, code: 'field.required', problems: ['is required to register'] })),
    );
  const account = {
    login: body.login ?? '',
    password: body.password ?? '',
    displayName: body.displayName ?? '',
  };
  assertStrongPassword('password', account.password, [account.login, account.displayName]);
  return account;
}

/** The contest, while it still takes voters: 404 when it is not announced, 409 once voting is over. */
async function openForVoters(manager: EntityManager, contestId: string, now: Date): Promise<Contest> {
  const contest = await announcedContest(manager, contestId);
  if (!contest) throw new ContestRecordNotFoundException('contest');
  assertPhaseAllows(voterRegistrationRefusal(contest, now));
  return contest;
}

/** Journalists' and bloggers' registrations to vote, and their verification by organisers. */
@Injectable()
export class VotersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly limits: AddressLimitsService,
    private readonly clock: Clock,
    private readonly notices: ContestNotices,
  ) {}

  /**
   * Registers to vote in a contest, answering the same receipt whatever happened to the account (202).
   * A signed-in journalist registers their own account. An anonymous visitor names a new journalist account in
   * the contest's first region; when that login exists already nothing is created and the owner's account is
   * untouched, and the answer is the same, so the route cannot tell which logins exist. Anonymous
   * registrations are limited per address (429 `request.too_many`). Any other signed-in role is refused.
   */
  async register(
    contestId: string,
    body: RegisterVoterDto,
    caller: SessionUser | null,
    origin: RequestOrigin,
  ): Promise<VoterRegistrationReceipt> {
    if (caller && caller.role !== 'journalist')
      throw new ApiException(HttpStatus.FORBIDDEN, 'voter.journalists_only', { role: caller.role });
    const account = caller ? null : newAccountFields(body);
    await this.dataSource.transaction(async (manager) => {
      const contest = await openForVoters(manager, contestId, this.clock.now());
      if (account) await this.limits.take(manager, origin.ip, VOTER_REGISTRATION_LIMIT);
      const user = caller
        ? await accountOf(manager, caller.id)
        : await this.newAccount(manager, account as NewAccount, contest);
      if (!user) return;
      if (caller && (await manager.existsBy(ContestVoter, { contestId, userId: user.id })))
        throw new ApiException(HttpStatus.CONFLICT, 'voter.already_registered', { contestId });
      await this.enrol(manager, contest, user, body, origin);
    });
    return { status: 'received' };
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
      if (!voter) throw new ContestRecordNotFoundException('voter');
      const contest = await loadContest(manager, voter.contestId, actor.user, {
        organiser: true,
        notFound: 'voter',
      });
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
      if (before !== saved.status) await this.notices.voterDecided(manager, contest, saved, this.clock.now());
      return this.viewOf(manager, saved);
    });
  }

  /** One registration as organisers see it, with its account's name. */
  async viewOf(manager: EntityManager, voter: ContestVoter): Promise<VoterView> {
    return toVoterView(voter, (await this.names(manager, [voter])).get(voter.userId) ?? '');
  }

  /** The new journalist account, or null when the login is taken (after the same work, so it takes as long). */
  private async newAccount(
    manager: EntityManager,
    account: NewAccount,
    contest: Contest,
  ): Promise<SessionUser | null> {
    const passwordHash = await hashPassword(account.password);
    return insertJournalistAccount(manager, {
      login: account.login,
      displayName: account.displayName,
      passwordHash,
      regionId: contest.regionIds[0],
    });
  }

  private async enrol(
    manager: EntityManager,
    contest: Contest,
    user: SessionUser,
    body: RegisterVoterDto,
    origin: RequestOrigin,
  ): Promise<void> {
    const voter = await manager.save(ContestVoter, {
      contestId: contest.id,
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
      // The DTO accepts only an explicit true; this is when it was given.
      personalDataConsentAt: this.clock.now(),
      personalDataErasedAt: null,
    });
    await this.audit.record(
      manager,
      { user, ...origin },
      {
        action: 'contest.voter.register',
        entity: 'contest_voter',
        entityId: voter.id,
        regionId: contest.regionIds[0],
      },
    );
  }

  private async names(manager: EntityManager, voters: ContestVoter[]): Promise<Map<string, string>> {
    return displayNamesOf(
      manager,
      voters.map((v) => v.userId),
    );
  }
}
