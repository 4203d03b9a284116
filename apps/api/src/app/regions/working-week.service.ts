import { Injectable } from '@nestjs/common';
import { presetHolidays, type Holiday, type SessionUser, type WorkingWeekView } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertRegion } from '../common/scope';
import { AddHolidayDto, HolidayPresetDto } from './dto/working-week.dto';
import { lockedRegion } from './locked-region';
import { Region } from './region.entity';
import { RegionHoliday } from './region-holiday.entity';
import { saveHolidays, workingWeekOfRegion } from './region-working-week';

/** What one change did to a region's holidays, for the audit trail. */
interface HolidayChange {
  old: Holiday | null;
  new: Holiday | Holiday[] | null;
}

/** A region's holidays: read by its staff, changed by national admins (as the region's other settings). */
@Injectable()
export class WorkingWeekService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** The region's days off and holidays; 404 for a region out of the caller's reach or missing. */
  async get(regionId: string, user: SessionUser): Promise<WorkingWeekView> {
    assertRegion(user, regionId, 'region');
    return this.view(this.manager, regionId);
  }

  /** Adds a holiday, or renames the one already on that day; answers the whole working week. */
  async addHoliday(regionId: string, body: AddHolidayDto, actor: Actor): Promise<WorkingWeekView> {
    return this.change(regionId, actor, (manager) => this.upsert(manager, regionId, [body]));
  }

  /**
   * Adds a country's holidays of one year (see `presetHolidays`), renaming any already on those days; the
   * other holidays stay. Answers the whole working week.
   */
  async applyPreset(regionId: string, body: HolidayPresetDto, actor: Actor): Promise<WorkingWeekView> {
    const holidays = presetHolidays(body.preset, body.year);
    return this.change(regionId, actor, (manager) => this.upsert(manager, regionId, holidays));
  }

  /** Removes the holiday on `day` (`YYYY-MM-DD`); removing one that is not there changes nothing. */
  async removeHoliday(regionId: string, day: string, actor: Actor): Promise<void> {
    await this.change(regionId, actor, async (manager) => {
      const gone = await manager.findOneBy(RegionHoliday, { regionId, day });
      if (!gone) return null;
      await manager.delete(RegionHoliday, { regionId, day });
      return { old: { date: day, name: gone.name }, new: null };
    });
  }

  /**
   * Runs one change of a region's holidays in a transaction that locks the region row, so two admins'
   * changes queue; audits it as a region update when it changed something.
   */
  private async change(
    regionId: string,
    actor: Actor,
    apply: (manager: EntityManager) => Promise<HolidayChange | null>,
  ): Promise<WorkingWeekView> {
    assertRegion(actor.user, regionId, 'region');
    return this.manager.transaction(async (manager) => {
      await lockedRegion(manager, regionId);
      const changed = await apply(manager);
      if (changed)
        await this.audit.record(manager, actor, {
          action: 'region.update',
          entity: 'region',
          entityId: regionId,
          regionId,
          changes: fieldChanges({ holidays: changed.old }, { holidays: changed.new }, ['holidays']),
        });
      return this.view(manager, regionId);
    });
  }

  private async upsert(
    manager: EntityManager,
    regionId: string,
    holidays: Holiday[],
  ): Promise<HolidayChange> {
    await saveHolidays(manager, regionId, holidays);
    return { old: null, new: holidays.length === 1 ? holidays[0] : holidays };
  }

  private async view(manager: EntityManager, regionId: string): Promise<WorkingWeekView> {
    if (!(await manager.existsBy(Region, { id: regionId })))
      throw new RecordNotFoundException('region');
    return { regionId, ...(await workingWeekOfRegion(manager, regionId)) };
  }
}
