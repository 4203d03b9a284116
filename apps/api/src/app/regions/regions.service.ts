import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { StaleVersionException, TakenException } from '../common/api-error';
import {
  PRESET_DAYS_OFF,
  presetOfRegion,
  type PeerGroupView,
  type RegionView,
  type SessionUser,
} from '@prgauge/contracts';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion } from '../common/scope';
import { CreateRegionDto, PeerGroupDto, RenamePeerGroupDto, UpdateRegionDto } from './dto/region.dto';
import { PeerGroup } from './peer-group.entity';
import { lockedRegion } from './locked-region';
import { Region } from './region.entity';
import { canonicalTimeZone } from './dto/time-zone.validator';

const regionView = (r: Region): RegionView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  timeZone: r.timeZone,
  defaultLocale: r.defaultLocale,
  calendar: r.calendar,
  daysOff: r.daysOff,
  version: r.version,
});

/** What a region starts with where its creator names nothing else (see the migration adding them). */
const REGION_DEFAULTS = { timeZone: 'Europe/Moscow', defaultLocale: 'ru', calendar: 'gregorian' } as const;

const REGION_FIELDS: (keyof Region & string)[] = [
  'code',
  'name',
  'timeZone',
  'defaultLocale',
  'calendar',
  'daysOff',
];
const groupView = (g: PeerGroup): PeerGroupView => ({
  id: g.id,
  regionId: g.regionId,
  code: g.code,
  name: g.name,
});

@Injectable()
export class RegionsService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(PeerGroup) private readonly peerGroups: Repository<PeerGroup>,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser): Promise<RegionView[]> {
    const where = user.role === 'admin' ? {} : { id: user.regionId ?? '' };
    return (await this.regions.find({ where, order: { code: 'ASC' } })).map(regionView);
  }

  /** Regions with at least one published cycle, for the public results page. */
  async published(): Promise<RegionView[]> {
    const rows: Region[] = await this.regions
      .createQueryBuilder('r')
      .where(
        `EXISTS (SELECT 1 FROM cycle c WHERE c.region_id = r.id AND c.status IN ('published', 'archived'))`,
      )
      .orderBy('r.code')
      .getMany();
    return rows.map(regionView);
  }

  async create(body: CreateRegionDto, actor: Actor): Promise<RegionView> {
    return this.manager.transaction(async (manager) => {
      if (await manager.existsBy(Region, { code: body.code })) throw new TakenException('code', body.code);
      const defaultLocale = body.defaultLocale ?? REGION_DEFAULTS.defaultLocale;
      const calendar = body.calendar ?? REGION_DEFAULTS.calendar;
      const region = await manager.save(Region, {
        code: body.code,
        name: body.name,
        timeZone: canonicalTimeZone(body.timeZone ?? REGION_DEFAULTS.timeZone),
        defaultLocale,
        calendar,
        // A Persian region rests on Friday, the others on the weekend, unless the creator says otherwise.
        daysOff: body.daysOff
          ? [...body.daysOff].sort()
          : [...PRESET_DAYS_OFF[presetOfRegion({ defaultLocale, calendar })]],
      });
      await this.audit.record(manager, actor, {
        action: 'region.create',
        entity: 'region',
        entityId: region.id,
        regionId: region.id,
        changes: fieldChanges(null, region, REGION_FIELDS),
      });
      return regionView(region);
    });
  }

  /** Changes a region's names, zone, language, calendar or days off; a stale version gets 409 with the region as it is. */
  async update(regionId: string, body: UpdateRegionDto, actor: Actor): Promise<RegionView> {
    assertRegion(actor.user, regionId, 'region');
    return this.manager.transaction(async (manager) => {
      const region = await lockedRegion(manager, regionId);
      if (region.version !== body.version) throw new StaleVersionException(regionView(region));
      const next: Partial<Region> = {};
      for (const field of ['name', 'timeZone', 'defaultLocale', 'calendar', 'daysOff'] as const)
        if (body[field] !== undefined) Object.assign(next, { [field]: body[field] });
      if (next.daysOff) next.daysOff = [...next.daysOff].sort();
      if (next.timeZone) next.timeZone = canonicalTimeZone(next.timeZone);
      const saved = await manager.save(Region, { ...region, ...next });
      await this.audit.record(manager, actor, {
        action: 'region.update',
        entity: 'region',
        entityId: region.id,
        regionId: region.id,
        changes: fieldChanges(region, saved, REGION_FIELDS),
      });
      return regionView(saved);
    });
  }

  async groups(regionId: string, user: SessionUser): Promise<PeerGroupView[]> {
    assertRegion(user, regionId, 'region');
    return (await this.peerGroups.find({ where: { regionId }, order: { code: 'ASC' } })).map(groupView);
  }

  async addGroup(regionId: string, body: PeerGroupDto, actor: Actor): Promise<PeerGroupView> {
    assertRegion(actor.user, regionId, 'region');
    return this.manager.transaction(async (manager) => {
      if (!(await manager.existsBy(Region, { id: regionId }))) throw new RecordNotFoundException('region');
      if (await manager.existsBy(PeerGroup, { regionId, code: body.code }))
        throw new TakenException('code', body.code);
      const group = await manager.save(PeerGroup, { regionId, ...body });
      await this.audit.record(manager, actor, {
        action: 'peer-group.create',
        entity: 'peer_group',
        entityId: group.id,
        regionId,
        changes: fieldChanges(null, body, ['code', 'name']),
      });
      return groupView(group);
    });
  }

  async renameGroup(
    regionId: string,
    groupId: string,
    body: RenamePeerGroupDto,
    actor: Actor,
  ): Promise<PeerGroupView> {
    return this.manager.transaction(async (manager) => {
      const group = await this.findGroup(manager, regionId, groupId, actor.user);
      await manager.update(PeerGroup, group.id, { name: body.name });
      await this.audit.record(manager, actor, {
        action: 'peer-group.rename',
        entity: 'peer_group',
        entityId: group.id,
        regionId,
        changes: fieldChanges(group, body, ['name']),
      });
      return groupView({ ...group, name: body.name });
    });
  }

  async removeGroup(regionId: string, groupId: string, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const group = await this.findGroup(manager, regionId, groupId, actor.user);
      await manager.delete(PeerGroup, group.id);
      await this.audit.record(manager, actor, {
        action: 'peer-group.delete',
        entity: 'peer_group',
        entityId: group.id,
        regionId,
        changes: fieldChanges(group, {}, ['code', 'name']),
      });
    });
  }

  private async findGroup(
    manager: EntityManager,
    regionId: string,
    groupId: string,
    user: SessionUser,
  ): Promise<PeerGroup> {
    assertRegion(user, regionId, 'region');
    const group = await manager.findOneBy(PeerGroup, { id: groupId, regionId });
    if (!group) throw new RecordNotFoundException('peer_group');
    return group;
  }
}
