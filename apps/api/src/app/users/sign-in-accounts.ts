import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OwnAccountView, SessionUser, UpdateOwnAccountRequest } from '@prgauge/contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { AccountDirectory, type SignInAccount } from '../auth/account-directory';
import type { Actor } from '../auth/actor';
import { toSessionUser } from '../auth/session.service';
import { Clock } from '../common/clock';
import { User } from './user.entity';

const toSignInAccount = (user: User): SignInAccount => ({
  user: toSessionUser(user),
  passwordHash: user.passwordHash,
  active: user.active,
});

const toOwnAccount = (user: User): OwnAccountView => ({ ...toSessionUser(user), email: user.email });

/** The accounts of app_user as auth sees them (see auth/account-directory.ts). */
@Injectable()
export class UserAccountDirectory extends AccountDirectory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** The hash is never read by default (`select: false`), so only these queries see it. */
  private withHash() {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash');
  }

  async signInAccountByLogin(login: string): Promise<SignInAccount | null> {
    const user = await this.withHash().where('u.login = :login', { login }).getOne();
    return user ? toSignInAccount(user) : null;
  }

  async signInAccountById(userId: string): Promise<SignInAccount> {
    return toSignInAccount(await this.withHash().where('u.id = :id', { id: userId }).getOneOrFail());
  }

  activeSessionUserQuery(userId: string): string {
    return `SELECT id, login, display_name, role, region_id, agency_id, locale, password_change_required
              FROM app_user WHERE id = ${userId} AND active`;
  }

  async ownAccount(userId: string): Promise<OwnAccountView> {
    return toOwnAccount(await this.users.findOneByOrFail({ id: userId }));
  }

  async saveOwnAccount(actor: Actor, changes: UpdateOwnAccountRequest): Promise<OwnAccountView> {
    return this.manager.transaction(async (manager) => {
      const user = await manager.findOneOrFail(User, {
        where: { id: actor.user.id },
        lock: { mode: 'pessimistic_write' },
      });
      const saved = await manager.save(User, {
        ...user,
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
      });
      // Where password-reset links go is worth a trace; the interface language is not.
      const emailChange = fieldChanges(user, saved, ['email']);
      if (emailChange.length)
        await this.audit.record(manager, actor, {
          action: 'user.update',
          entity: 'user',
          entityId: user.id,
          regionId: user.regionId,
          agencyId: user.agencyId,
          changes: emailChange,
        });
      return toOwnAccount(saved);
    });
  }

  async saveOwnPassword(actor: Actor, passwordHash: string): Promise<void> {
    await this.manager.transaction((manager) =>
      this.savePassword(manager, actor, passwordHash, 'password.change'),
    );
  }

  async resettableAccounts(manager: EntityManager, loginOrEmail: string): Promise<SessionUser[]> {
    // Both columns are citext: equal whatever the case.
    const users = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.active AND u.email IS NOT NULL AND (u.login = :given OR u.email = :given)', {
        given: loginOrEmail,
      })
      .orderBy('u.login')
      .getMany();
    return users.map(toSessionUser);
  }

  async activeAccountForUpdate(manager: EntityManager, userId: string): Promise<SessionUser | null> {
    const user = await manager.findOne(User, {
      where: { id: userId, active: true },
      lock: { mode: 'pessimistic_write' },
    });
    return user ? toSessionUser(user) : null;
  }

  async saveResetPassword(manager: EntityManager, actor: Actor, passwordHash: string): Promise<void> {
    await this.savePassword(manager, actor, passwordHash, 'password.reset');
  }

  /** A password its owner chose: no longer a one-time one, and audited as `action`. */
  private async savePassword(
    manager: EntityManager,
    actor: Actor,
    passwordHash: string,
    action: 'password.change' | 'password.reset',
  ): Promise<void> {
    await manager.update(User, actor.user.id, {
      passwordHash,
      passwordChangedAt: this.clock.now(),
      passwordChangeRequired: false,
    });
    await this.audit.record(manager, actor, {
      action,
      entity: 'user',
      entityId: actor.user.id,
      regionId: actor.user.regionId,
    });
  }
}
