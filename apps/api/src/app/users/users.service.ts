import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AccountView, LocalizedText, Page, Role, SessionUser } from '@prgauge/contracts';
import { searchKey } from '@prgauge/text';
import { EntityManager, Repository } from 'typeorm';
import { agencyNamesOf, isAgencyOfRegion } from '../agencies/agency-references';
import type { Actor } from '../auth/actor';
import { assertStrongPassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { endSessionsOf } from '../auth/session-ends';
import { toSessionUser } from '../auth/session.service';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import {
  ApiException,
  InvalidFieldsException,
  StaleVersionException,
  TakenException,
} from '../common/api-error';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { regionExists } from '../regions/region-references';
import { AccountScope, resolveAccountScope, WantedScope } from './account-scope';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';
import { Clock } from '../common/clock';

const toView = (u: User, agencyName: LocalizedText | null): AccountView => ({
  ...toSessionUser(u),
  active: u.active,
  version: u.version,
  email: u.email,
  agencyName,
});

/** The accounts as their managers see them, each naming its agency (read for these accounts' agencies only). */
async function viewsOf(manager: EntityManager, users: readonly User[]): Promise<AccountView[]> {
  const names = await agencyNamesOf(
    manager,
    users.flatMap((u) => u.agencyId ?? []),
  );
  return users.map((u) => toView(u, (u.agencyId && names.get(u.agencyId)) || null));
}

const viewOf = async (manager: EntityManager, user: User): Promise<AccountView> =>
  (await viewsOf(manager, [user]))[0];

const AUDITED: (keyof User & string)[] = [
  'login',
  'displayName',
  'role',
  'regionId',
  'agencyId',
  'active',
  'locale',
  'email',
];

/** What an account list is narrowed to; every field is optional. */
export interface AccountFilter {
  /** National admins only: a director's list is always their own region. */
  regionId?: string;
  role?: Role;
  agencyId?: string;
  /** Part of the login or of the display name. */
  search?: string;
}

/** Accounts: national admins manage everyone, directors the accounts of their own region (never admins). */
@Injectable()
export class UsersService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * One page of the accounts the caller may see, by login (unique, so the order is total). A search matches part
   * of the login or of the name through the shared search key (case, ё/е, Arabic or Persian letter forms,
   * spaces and punctuation aside); one without letters or digits does not narrow.
   */
  async list(user: SessionUser, filter: AccountFilter, window: PageWindow): Promise<Page<AccountView>> {
    const region = regionFor(user, filter.regionId);
    const query = this.users.createQueryBuilder('u');
    if (region) query.andWhere('u.region_id = :region', { region });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.agencyId) query.andWhere('u.agency_id = :agencyId', { agencyId: filter.agencyId });
    const key = searchKey(filter.search ?? '');
    // A key holds only letters and digits, so it needs no LIKE escaping.
    if (key) query.andWhere('u.name_search LIKE :pattern', { pattern: `%${key}%` });
    query.orderBy('u.login', 'ASC').skip(window.offset).take(window.limit);
    const [users, total] = await pageRowsOf(this.manager, query, window);
    return pageOf(await viewsOf(this.manager, users), total, window);
  }

  /**
   * One account the caller may see, as a list row shows it: for a picker that names the account a filter holds.
   * An account outside the caller's region, or a national admin's for a director, answers 404 `user`.
   */
  async get(userId: string, user: SessionUser): Promise<AccountView> {
    return viewOf(this.manager, await this.manageable(this.manager, userId, user, false));
  }

  async create(body: CreateUserDto, actor: Actor): Promise<AccountView> {
    assertStrongPassword('password', body.password, [body.login, body.displayName]);
    return this.manager.transaction(async (manager) => {
      const scope = await this.checkScope(manager, actor.user, body);
      if (await manager.existsBy(User, { login: body.login })) throw new TakenException('login', body.login);
      const user = await manager.save(User, {
        login: body.login,
        displayName: body.displayName,
        ...scope,
        passwordHash: await hashPassword(body.password),
        // Someone else chose this password: its owner replaces it at first sign-in.
        passwordChangeRequired: true,
        // No language chosen: the person's browser, else the region's default, decides until they pick one.
        locale: body.locale ?? null,
        email: body.email ?? null,
        active: true,
      });
      await this.audit.record(manager, actor, {
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        regionId: scope.regionId,
        agencyId: scope.agencyId,
        changes: fieldChanges(null, user, AUDITED),
      });
      return viewOf(manager, user);
    });
  }

  /**
   * Renames, moves, changes the role, language or address of, or deactivates an account; a stale version gets 409.
   */
  async update(userId: string, body: UpdateUserDto, actor: Actor): Promise<AccountView> {
    return this.manager.transaction(async (manager) => {
      const user = await this.manageable(manager, userId, actor.user, true);
      if (user.version !== body.version) throw new StaleVersionException(await viewOf(manager, user));
      const changesScope =
        body.role !== undefined || body.regionId !== undefined || body.agencyId !== undefined;
      if (user.id === actor.user.id && (changesScope || body.active === false))
        throw new ApiException(HttpStatus.CONFLICT, 'account.own_scope', {});
      const scope = changesScope ? await this.checkScope(manager, actor.user, wantedOn(user, body)) : {};
      const saved = await manager.save(User, {
        ...user,
        ...scope,
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(body.locale !== undefined ? { locale: body.locale } : {}),
        ...(body.email !== undefined ? { email: body.email } : {}),
      });
      // A deactivated or re-scoped account starts over with a fresh sign-in.
      if (body.active === false || changesScope) await endSessionsOf(manager, [user.id]);
      await this.audit.record(manager, actor, {
        action: 'user.update',
        entity: 'user',
        entityId: user.id,
        regionId: saved.regionId ?? user.regionId,
        agencyId: saved.agencyId,
        changes: fieldChanges(user, saved, AUDITED),
      });
      return viewOf(manager, saved);
    });
  }

  /** Sets a one-time password chosen by a director or admin, and ends the account's sessions. */
  async resetPassword(userId: string, body: ResetPasswordDto, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const user = await this.manageable(manager, userId, actor.user, false);
      assertStrongPassword('password', body.password, [user.login, user.displayName]);
      await manager.update(User, user.id, {
        passwordHash: await hashPassword(body.password),
        passwordChangedAt: this.clock.now(),
        passwordChangeRequired: true,
      });
      await endSessionsOf(manager, [user.id]);
      await this.audit.record(manager, actor, {
        action: 'user.password-reset',
        entity: 'user',
        entityId: user.id,
        regionId: user.regionId,
      });
    });
  }

  /** The account, locked for the update; admins' and other regions' accounts are invisible to directors. */
  private async manageable(
    manager: EntityManager,
    userId: string,
    actor: SessionUser,
    lock: boolean,
  ): Promise<User> {
    const query = manager.getRepository(User).createQueryBuilder('u').where('u.id = :userId', { userId });
    const user = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!user || (actor.role !== 'admin' && (user.role === 'admin' || !user.regionId)))
      throw new RecordNotFoundException('user');
    if (user.regionId) assertRegion(actor, user.regionId, 'user');
    return user;
  }

  /** Applies the role rules, then checks that the region exists and the agency lies in it. */
  private async checkScope(
    manager: EntityManager,
    actor: SessionUser,
    wanted: WantedScope,
  ): Promise<AccountScope> {
    const decision = resolveAccountScope(actor, wanted);
    if (!decision.ok) {
      if ('forbidden' in decision) throw new ApiException(HttpStatus.FORBIDDEN, decision.forbidden, {});
      throw new InvalidFieldsException(decision.problems);
    }
    const { regionId, agencyId } = decision.scope;
    if (regionId && !(await regionExists(manager, regionId)))
      throw new InvalidFieldsException([
        {
          field: 'regionId',
          code: 'field.unknown_reference',
          params: { value: regionId },
          problems: ['is not a known region'],
        },
      ]);
    if (agencyId && !(await isAgencyOfRegion(manager, agencyId, regionId ?? '')))
      throw new InvalidFieldsException([
        {
          field: 'agencyId',
          code: 'field.unknown_reference',
          params: { value: agencyId, regionId: regionId ?? '' },
          problems: ['is not an agency of this region'],
        },
      ]);
    return decision.scope;
  }
}

/** The scope an update asks for: given fields replace the account's; leaving the editor role drops the agency. */
function wantedOn(user: User, body: UpdateUserDto): WantedScope {
  const role = body.role ?? user.role;
  return {
    role,
    regionId: role === 'admin' ? body.regionId : (body.regionId ?? user.regionId),
    agencyId: body.agencyId !== undefined ? body.agencyId : role === 'agency_editor' ? user.agencyId : null,
  };
}
