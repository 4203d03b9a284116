import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AgencyImportResult, AgencyView, Page, SessionUser } from '@prgauge/contracts';
import { searchKey } from '@prgauge/text';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import {
  InvalidFieldsException,
  StaleVersionException,
  type FieldProblemInput,
  TakenException,
} from '../common/api-error';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion, regionFor } from '../common/scope';
import { isPeerGroupOfRegion, peerGroupIdsByCode } from '../regions/region-references';
import { targetRegion } from '../regions/target-region';
import { Agency } from './agency.entity';
import type { ParsedAgencyCsv } from './agency-file';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

const FIELDS: (keyof Agency & string)[] = ['code', 'name', 'peerGroupId', 'attributes', 'active'];

export const toAgencyView = (a: Agency): AgencyView => ({
  id: a.id,
  regionId: a.regionId,
  code: a.code,
  name: a.name,
  peerGroupId: a.peerGroupId,
  attributes: a.attributes,
  active: a.active,
  version: a.version,
});

export interface AgencyFilter {
  regionId?: string;
  peerGroupId?: string;
  active?: boolean;
  search?: string;
}

@Injectable()
export class AgenciesService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly audit: AuditService,
  ) {}

  /**
   * One page of the agencies the caller may see, by code then id (codes repeat across regions, so the id
   * makes the order total). A search matches part of the code or of a name in any language, through the shared
   * search key: "شهرداري" finds "شهرداری", "Алена" finds "Алёна", a space finds a zero-width non-joiner. A search
   * without letters or digits does not narrow.
   */
  async list(user: SessionUser, filter: AgencyFilter, window: PageWindow): Promise<Page<AgencyView>> {
    const regionId = regionFor(user, filter.regionId);
    const key = searchKey(filter.search ?? '');
    const query = this.agencies.createQueryBuilder('a');
    if (regionId) query.andWhere('a.region_id = :regionId', { regionId });
    if (filter.peerGroupId)
      query.andWhere('a.peer_group_id = :peerGroupId', { peerGroupId: filter.peerGroupId });
    if (filter.active !== undefined) query.andWhere('a.active = :active', { active: filter.active });
    // A key holds only letters and digits, so it needs no LIKE escaping.
    if (key) query.andWhere('a.name_search LIKE :pattern', { pattern: `%${key}%` });
    query.orderBy('a.code', 'ASC').addOrderBy('a.id', 'ASC').skip(window.offset).take(window.limit);
    const [agencies, total] = await pageRowsOf(this.manager, query, window);
    return pageOf(agencies.map(toAgencyView), total, window);
  }

  async get(agencyId: string, user: SessionUser): Promise<AgencyView> {
    const agency = await this.agencies.findOneBy({ id: agencyId });
    if (!agency) throw new RecordNotFoundException('agency');
    assertRegion(user, agency.regionId, 'agency');
    return toAgencyView(agency);
  }

  async create(body: CreateAgencyDto, actor: Actor): Promise<AgencyView> {
    return this.manager.transaction(async (manager) => {
      const regionId = await targetRegion(manager, actor.user, body.regionId);
      await this.checkGroup(manager, regionId, body.peerGroupId);
      await this.checkCodeFree(manager, regionId, body.code);
      const agency = await manager.save(Agency, {
        regionId,
        code: body.code,
        name: body.name,
        peerGroupId: body.peerGroupId ?? null,
        attributes: body.attributes ?? {},
        active: body.active ?? true,
      });
      await this.audit.record(manager, actor, {
        action: 'agency.create',
        entity: 'agency',
        entityId: agency.id,
        regionId,
        agencyId: agency.id,
        changes: fieldChanges(null, agency, FIELDS),
      });
      return toAgencyView(agency);
    });
  }

  async update(agencyId: string, body: UpdateAgencyDto, actor: Actor): Promise<AgencyView> {
    return this.manager.transaction(async (manager) => {
      const agency = await manager
        .getRepository(Agency)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: agencyId })
        .getOne();
      if (!agency) throw new RecordNotFoundException('agency');
      assertRegion(actor.user, agency.regionId, 'agency');
      if (agency.version !== body.version) throw new StaleVersionException(toAgencyView(agency));
      if (body.code !== undefined && body.code !== agency.code)
        await this.checkCodeFree(manager, agency.regionId, body.code);
      if (body.peerGroupId !== undefined) await this.checkGroup(manager, agency.regionId, body.peerGroupId);
      const next: Partial<Agency> = {};
      for (const field of ['code', 'name', 'peerGroupId', 'attributes', 'active'] as const)
        if (body[field] !== undefined) Object.assign(next, { [field]: body[field] });
      const saved = await manager.save(Agency, { ...agency, ...next });
      await this.audit.record(manager, actor, {
        action: 'agency.update',
        entity: 'agency',
        entityId: agency.id,
        regionId: agency.regionId,
        agencyId: agency.id,
        changes: fieldChanges(agency, saved, FIELDS),
      });
      return toAgencyView(saved);
    });
  }

  /** Creates every agency read from a file in one transaction, or none: a preview with `dryRun`. */
  async importRows(
    { rows, problems, source }: ParsedAgencyCsv,
    dryRun: boolean,
    actor: Actor,
    requestedRegion?: string,
  ): Promise<AgencyImportResult> {
    if (problems.length || !source)
      throw new InvalidFieldsException(problems, 'import.rows_invalid', { count: problems.length });
    return this.manager.transaction(async (manager) => {
      const regionId = await targetRegion(manager, actor.user, requestedRegion);
      const groups = await peerGroupIdsByCode(manager, regionId);
      const existing = new Set(
        (await manager.find(Agency, { where: { regionId }, select: { code: true } })).map((a) => a.code),
      );
      const rowProblems: FieldProblemInput[] = [];
      for (const row of rows) {
        if (existing.has(row.code))
          rowProblems.push({
            field: `row ${row.line}, code`,
            code: 'field.taken',
            params: { value: row.code },
            problems: [`"${row.code}" exists already in this region`],
          });
        if (row.peerGroup && !groups.has(row.peerGroup))
          rowProblems.push({
            field: `row ${row.line}, peer_group`,
            code: 'field.unknown_reference',
            params: { value: row.peerGroup },
            problems: [`"${row.peerGroup}" is not a peer group of this region`],
          });
      }
      if (rowProblems.length)
        throw new InvalidFieldsException(rowProblems, 'import.rows_invalid', { count: rowProblems.length });
      const entities = rows.map((row) =>
        manager.create(Agency, {
          regionId,
          code: row.code,
          name: row.name,
          peerGroupId: row.peerGroup ? (groups.get(row.peerGroup) ?? null) : null,
          attributes: row.attributes,
          active: true,
        }),
      );
      if (dryRun)
        return {
          created: 0,
          agencies: entities.map((a) => toAgencyView({ ...a, id: '', version: 0 } as Agency)),
          source,
        };
      const saved = await manager.save(Agency, entities);
      for (const agency of saved) {
        await this.audit.record(manager, actor, {
          action: 'agency.import',
          entity: 'agency',
          entityId: agency.id,
          regionId,
          agencyId: agency.id,
          changes: fieldChanges(null, agency, FIELDS),
        });
      }
      return { created: saved.length, agencies: saved.map(toAgencyView), source };
    });
  }

  private async checkGroup(
    manager: EntityManager,
    regionId: string,
    peerGroupId: string | null | undefined,
  ): Promise<void> {
    if (peerGroupId && !(await isPeerGroupOfRegion(manager, peerGroupId, regionId))) {
      throw new InvalidFieldsException([
        {
          field: 'peerGroupId',
          code: 'field.unknown_reference',
          params: { value: peerGroupId, regionId },
          problems: ['is not a peer group of this region'],
        },
      ]);
    }
  }

  private async checkCodeFree(manager: EntityManager, regionId: string, code: string): Promise<void> {
    if (await manager.existsBy(Agency, { regionId, code })) throw new TakenException('code', code);
  }
}
