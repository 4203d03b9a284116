import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/passwords';
import { toSessionUser } from '../auth/session.service';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { assertRegion, regionFor } from '../common/scope';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';

export type UserView = SessionUser & { active: boolean; version: number };

const toView = (u: User): UserView => ({ ...toSessionUser(u), active: u.active, version: u.version });

/** Accounts: national admins manage everyone, directors the accounts of their own region (never admins). */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, regionId?: string): Promise<UserView[]> {
    const region = regionFor(user, regionId);
    return (
      await this.dataSource
        .getRepository(User)
        .find({ where: region ? { regionId: region } : {}, order: { login: 'ASC' } })
    ).map(toView);
  }

  async create(body: CreateUserDto, actor: Actor): Promise<UserView> {
    if (body.role === 'admin' && actor.user.role !== 'admin')
      throw new ForbiddenException('Only a national admin creates admin accounts');
    const regionId =
      body.role === 'admin'
        ? null
        : actor.user.role === 'admin'
          ? (body.regionId ?? null)
          : actor.user.regionId;
    if (body.role !== 'admin' && !regionId)
      throw new InvalidFieldsException([{ field: 'regionId', problems: ['is required for this role'] }]);
    return this.dataSource.transaction(async (manager) => {
      const agencyId = await this.checkAgency(manager, body, regionId);
      if (await manager.existsBy(User, { login: body.login }))
        throw new ConflictException('This login is taken');
      const user = await manager.save(User, {
        login: body.login,
        displayName: body.displayName,
        role: body.role,
        regionId,
        agencyId,
        passwordHash: await hashPassword(body.password),
        locale: 'ru',
        active: true,
        failedLogins: 0,
      });
      await this.audit.record(manager, actor, {
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        regionId,
        agencyId,
        changes: fieldChanges(null, user, ['login', 'displayName', 'role', 'regionId', 'agencyId']),
      });
      return toView(user);
    });
  }

  async update(userId: string, body: UpdateUserDto, actor: Actor): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, userId, actor.user);
      if (user.version !== body.version) throw new StaleVersionException(toView(user));
      const next = {
        ...user,
        ...(body.displayName ? { displayName: body.displayName } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(body.locale ? { locale: body.locale } : {}),
      };
      const saved = await manager.save(User, next);
      if (body.active === false)
        await manager.query('DELETE FROM user_session WHERE user_id = $1', [user.id]);
      await this.audit.record(manager, actor, {
        action: 'user.update',
        entity: 'user',
        entityId: user.id,
        regionId: user.regionId,
        changes: fieldChanges(user, saved, ['displayName', 'active', 'locale']),
      });
      return toView(saved);
    });
  }

  async resetPassword(userId: string, body: ResetPasswordDto, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, userId, actor.user);
      await manager.update(User, user.id, {
        passwordHash: await hashPassword(body.password),
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
      });
      await manager.query('DELETE FROM user_session WHERE user_id = $1', [user.id]);
      await this.audit.record(manager, actor, {
        action: 'user.password-reset',
        entity: 'user',
        entityId: user.id,
        regionId: user.regionId,
      });
    });
  }

  private async manageable(manager: EntityManager, userId: string, actor: SessionUser): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId });
    if (!user || (actor.role !== 'admin' && (user.role === 'admin' || !user.regionId)))
      throw new NotFoundException('User not found');
    if (user.regionId) assertRegion(actor, user.regionId, 'User');
    return user;
  }

  private async checkAgency(
    manager: EntityManager,
    body: CreateUserDto,
    regionId: string | null,
  ): Promise<string | null> {
    if (body.role !== 'agency_editor') {
      if (body.agencyId)
        throw new InvalidFieldsException([{ field: 'agencyId', problems: ['is only for agency editors'] }]);
      return null;
    }
    if (!body.agencyId)
      throw new InvalidFieldsException([
        { field: 'agencyId', problems: ['is required for an agency editor'] },
      ]);
    if (!(await manager.existsBy(Agency, { id: body.agencyId, regionId: regionId ?? '' }))) {
      throw new InvalidFieldsException([
        { field: 'agencyId', problems: ['is not an agency of this region'] },
      ]);
    }
    return body.agencyId;
  }
}
