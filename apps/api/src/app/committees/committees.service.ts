import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CommitteeKind, CommitteeMemberView, CommitteeView, SessionUser } from '@prgauge/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { targetRegion } from '../regions/target-region';
import { displayNamesOf, isAccountOfRegion } from '../users/account-references';
import { CommitteeMember } from './committee-member.entity';
import { Committee } from './committee.entity';
import { AddCommitteeMemberDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

const FIELDS: (keyof Committee & string)[] = ['kind', 'name', 'chair', 'indices'];

@Injectable()
export class CommitteesService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(Committee) private readonly committees: Repository<Committee>,
    private readonly audit: AuditService,
  ) {}

  async list(
    user: SessionUser,
    filter: { regionId?: string; kind?: CommitteeKind },
  ): Promise<CommitteeView[]> {
    const regionId = regionFor(user, filter.regionId);
    const committees = await this.committees.find({
      where: { ...(regionId ? { regionId } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
      order: { kind: 'ASC', createdAt: 'ASC' },
    });
    return this.views(this.manager, committees);
  }

  async get(committeeId: string, user: SessionUser): Promise<CommitteeView> {
    const committee = await this.load(this.manager, committeeId, user);
    return (await this.views(this.manager, [committee]))[0];
  }

  async create(body: CreateCommitteeDto, actor: Actor): Promise<CommitteeView> {
    return this.manager.transaction(async (manager) => {
      const regionId = await targetRegion(manager, actor.user, body.regionId);
      const committee = await manager.save(Committee, {
        regionId,
        kind: body.kind,
        name: body.name,
        chair: body.chair ?? null,
        indices: unique(body.indices ?? []),
      });
      await this.audit.record(manager, actor, {
        action: 'committee.create',
        entity: 'committee',
        entityId: committee.id,
        regionId,
        changes: fieldChanges(null, committee, FIELDS),
      });
      return (await this.views(manager, [committee]))[0];
    });
  }

  async update(committeeId: string, body: UpdateCommitteeDto, actor: Actor): Promise<CommitteeView> {
    return this.manager.transaction(async (manager) => {
      const committee = await this.load(manager, committeeId, actor.user, true);
      if (committee.version !== body.version)
        throw new StaleVersionException((await this.views(manager, [committee]))[0]);
      const next: Partial<Committee> = {};
      if (body.kind !== undefined) next.kind = body.kind;
      if (body.name !== undefined) next.name = body.name;
      if (body.chair !== undefined) next.chair = body.chair;
      if (body.indices !== undefined) next.indices = unique(body.indices);
      const saved = await manager.save(Committee, { ...committee, ...next });
      await this.audit.record(manager, actor, {
        action: 'committee.update',
        entity: 'committee',
        entityId: committee.id,
        regionId: committee.regionId,
        changes: fieldChanges(committee, saved, FIELDS),
      });
      return (await this.views(manager, [saved]))[0];
    });
  }

  async remove(committeeId: string, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const committee = await this.load(manager, committeeId, actor.user, true);
      await manager.delete(Committee, committee.id);
      await this.audit.record(manager, actor, {
        action: 'committee.delete',
        entity: 'committee',
        entityId: committee.id,
        regionId: committee.regionId,
        changes: fieldChanges(committee, {}, FIELDS),
      });
    });
  }

  async addMember(committeeId: string, body: AddCommitteeMemberDto, actor: Actor): Promise<CommitteeView> {
    if (!body.userId === !body.personName)
      throw new InvalidFieldsException(
        [
          {
            field: 'userId',
            code: body.userId ? 'field.not_allowed' : 'field.required',
            params: { other: 'personName' },
            problems: ['give either userId (an account) or personName (an outside person)'],
          },
        ],
        'committee.member_account_or_person',
        {},
      );
    return this.manager.transaction(async (manager) => {
      const committee = await this.load(manager, committeeId, actor.user, true);
      if (body.userId) {
        if (!(await isAccountOfRegion(manager, body.userId, committee.regionId)))
          throw new InvalidFieldsException([
            {
              field: 'userId',
              code: 'field.unknown_reference',
              params: { value: body.userId, regionId: committee.regionId },
              problems: ["is not an account of the committee's region"],
            },
          ]);
        if (await manager.existsBy(CommitteeMember, { committeeId, userId: body.userId }))
          throw new InvalidFieldsException(
            [
              {
                field: 'userId',
                code: 'field.taken',
                params: { value: body.userId },
                problems: ['sits on this committee already'],
              },
            ],
            'committee.already_member',
            { userId: body.userId },
          );
      }
      const member = await manager.save(CommitteeMember, {
        committeeId,
        userId: body.userId ?? null,
        personName: body.personName ?? null,
        affiliation: body.affiliation ?? null,
        role: body.role ?? 'member',
      });
      await this.audit.record(manager, actor, {
        action: 'committee.member.add',
        entity: 'committee',
        entityId: committee.id,
        regionId: committee.regionId,
        changes: [{ field: 'member', old: null, new: member.userId ?? member.personName }],
      });
      return (await this.views(manager, [committee]))[0];
    });
  }

  async removeMember(committeeId: string, memberId: string, actor: Actor): Promise<CommitteeView> {
    return this.manager.transaction(async (manager) => {
      const committee = await this.load(manager, committeeId, actor.user, true);
      const member = await manager.findOneBy(CommitteeMember, { id: memberId, committeeId });
      if (!member) throw new RecordNotFoundException('committee_member');
      await manager.delete(CommitteeMember, member.id);
      await this.audit.record(manager, actor, {
        action: 'committee.member.remove',
        entity: 'committee',
        entityId: committee.id,
        regionId: committee.regionId,
        changes: [{ field: 'member', old: member.userId ?? member.personName, new: null }],
      });
      return (await this.views(manager, [committee]))[0];
    });
  }

  private async load(
    manager: EntityManager,
    committeeId: string,
    user: SessionUser,
    lock = false,
  ): Promise<Committee> {
    const query = manager
      .getRepository(Committee)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: committeeId });
    const committee = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!committee) throw new RecordNotFoundException('committee');
    assertRegion(user, committee.regionId, 'committee');
    return committee;
  }

  private async views(manager: EntityManager, committees: Committee[]): Promise<CommitteeView[]> {
    const ids = committees.map((c) => c.id);
    const members = ids.length
      ? await manager.find(CommitteeMember, { where: { committeeId: In(ids) }, order: { createdAt: 'ASC' } })
      : [];
    const userIds = members.flatMap((m) => (m.userId ? [m.userId] : []));
    const names = await displayNamesOf(manager, userIds);
    const memberView = (m: CommitteeMember): CommitteeMemberView => ({
      id: m.id,
      committeeId: m.committeeId,
      userId: m.userId,
      name: (m.userId ? names.get(m.userId) : m.personName) ?? '',
      affiliation: m.affiliation,
      role: m.role,
    });
    return committees.map((c) => ({
      id: c.id,
      regionId: c.regionId,
      kind: c.kind,
      name: c.name,
      chair: c.chair,
      indices: c.indices,
      members: members.filter((m) => m.committeeId === c.id).map(memberView),
      version: c.version,
    }));
  }
}

const unique = (keys: string[]) => [...new Set(keys)];
