import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  AuditAction,
  ProgrammeRegionTotals,
  ProgrammeTotalsView,
  SessionUser,
  TrainingProgrammeView,
} from '@prgauge/contracts';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { CreateTrainingProgrammeDto, UpdateTrainingProgrammeDto } from './dto/training-programme.dto';
import { roundHours } from './training-figures';
import { TrainingProgramme } from './training-programme.entity';

const FIELDS = ['name', 'description', 'startDate', 'endDate'] as const;

const view = (p: TrainingProgramme): TrainingProgrammeView => ({
  id: p.id,
  name: p.name,
  description: p.description,
  startDate: p.startDate,
  endDate: p.endDate,
  version: p.version,
});

/**
 * National programmes whose events run in several regions. A national admin sees every region's part;
 * anyone else sees only their own region's, and a programme with no event there is not theirs to see.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly manager: EntityManager,
    @InjectRepository(TrainingProgramme) private readonly programmes: Repository<TrainingProgramme>,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser): Promise<ProgrammeTotalsView[]> {
    const programmes = await this.programmes.find({ order: { startDate: 'DESC', createdAt: 'ASC' } });
    const totals = await this.totals(
      this.manager,
      programmes.map((p) => p.id),
      user,
    );
    return programmes
      .map((p) => withTotals(p, totals.get(p.id) ?? []))
      .filter((p) => user.role === 'admin' || p.regions.length > 0);
  }

  async get(programmeId: string, user: SessionUser): Promise<ProgrammeTotalsView> {
    const programme = await this.programmes.findOneBy({ id: programmeId });
    if (!programme) throw new RecordNotFoundException('training_programme');
    const regions = (await this.totals(this.manager, [programmeId], user)).get(programmeId) ?? [];
    if (user.role !== 'admin' && regions.length === 0)
      throw new RecordNotFoundException('training_programme');
    return withTotals(programme, regions);
  }

  async create(body: CreateTrainingProgrammeDto, actor: Actor): Promise<TrainingProgrammeView> {
    checkDates(body.startDate, body.endDate ?? null);
    return this.manager.transaction(async (manager) => {
      const programme = await manager.save(TrainingProgramme, {
        name: body.name,
        description: body.description ?? null,
        startDate: body.startDate,
        endDate: body.endDate ?? null,
      });
      await this.record(
        manager,
        actor,
        'training.programme.create',
        programme.id,
        fieldChanges(null, programme, [...FIELDS]),
      );
      return view(programme);
    });
  }

  async update(
    programmeId: string,
    body: UpdateTrainingProgrammeDto,
    actor: Actor,
  ): Promise<TrainingProgrammeView> {
    return this.manager.transaction(async (manager) => {
      const programme = await this.lock(manager, programmeId);
      if (programme.version !== body.version) throw new StaleVersionException(view(programme));
      const next = Object.assign(new TrainingProgramme(), programme);
      for (const field of FIELDS)
        if (body[field] !== undefined) Object.assign(next, { [field]: body[field] });
      checkDates(next.startDate, next.endDate);
      const saved = await manager.save(TrainingProgramme, next);
      await this.record(
        manager,
        actor,
        'training.programme.update',
        programme.id,
        fieldChanges(programme, saved, [...FIELDS]),
      );
      return view(saved);
    });
  }

  async remove(programmeId: string, actor: Actor): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const programme = await this.lock(manager, programmeId);
      await manager.delete(TrainingProgramme, programme.id);
      await this.record(
        manager,
        actor,
        'training.programme.delete',
        programme.id,
        fieldChanges(programme, {}, [...FIELDS]),
      );
    });
  }

  private async totals(
    manager: EntityManager,
    programmeIds: string[],
    user: SessionUser,
  ): Promise<Map<string, ProgrammeRegionTotals[]>> {
    const ownRegion = user.role === 'admin' ? null : (user.regionId ?? '');
    const rows: {
      programme_id: string;
      region_id: string;
      events: number;
      participants: number;
      attended: number;
      people_trained: number;
      person_hours: string;
    }[] = await manager.query(
      `SELECT e.programme_id, e.region_id, count(DISTINCT e.id)::int AS events, count(a.id)::int AS participants,
              count(a.id) FILTER (WHERE a.attended)::int AS attended,
              count(DISTINCT a.person_id) FILTER (WHERE a.attended)::int AS people_trained,
              coalesce(sum(a.hours) FILTER (WHERE a.attended), 0) AS person_hours
         FROM training_event e LEFT JOIN attendance a ON a.event_id = e.id
        WHERE e.programme_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR e.region_id = $2::uuid)
        GROUP BY e.programme_id, e.region_id
        ORDER BY e.region_id`,
      [programmeIds, ownRegion],
    );
    const byProgramme = new Map<string, ProgrammeRegionTotals[]>();
    for (const r of rows)
      byProgramme.set(r.programme_id, [
        ...(byProgramme.get(r.programme_id) ?? []),
        {
          regionId: r.region_id,
          events: r.events,
          participants: r.participants,
          attended: r.attended,
          peopleTrained: r.people_trained,
          personHours: roundHours(Number(r.person_hours)),
        },
      ]);
    return byProgramme;
  }

  private async lock(manager: EntityManager, programmeId: string): Promise<TrainingProgramme> {
    const programme = await manager
      .getRepository(TrainingProgramme)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: programmeId })
      .getOne();
    if (!programme) throw new RecordNotFoundException('training_programme');
    return programme;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    programmeId: string,
    changes: ReturnType<typeof fieldChanges>,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      action,
      entity: 'training_programme',
      entityId: programmeId,
      changes,
    });
  }
}

function withTotals(programme: TrainingProgramme, regions: ProgrammeRegionTotals[]): ProgrammeTotalsView {
  return {
    ...view(programme),
    regions,
    events: regions.reduce((sum, r) => sum + r.events, 0),
    attended: regions.reduce((sum, r) => sum + r.attended, 0),
    // Persons are kept per region, so the regions' distinct counts add up.
    peopleTrained: regions.reduce((sum, r) => sum + r.peopleTrained, 0),
    personHours: roundHours(regions.reduce((sum, r) => sum + r.personHours, 0)),
  };
}

function checkDates(startDate: string, endDate: string | null): void {
  if (endDate && endDate < startDate)
    throw new InvalidFieldsException([
      {
        field: 'endDate',
        code: 'field.too_early',
        params: { other: 'startDate', otherDate: startDate },
        problems: ['is before startDate'],
      },
    ]);
}
