import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AddHolidayRequest, HolidayPresetRequest, WorkingWeekView } from '@prgauge/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

/**
 * A region's weekly days off and public holidays: read once per region and kept, since countdowns and date
 * pickers ask for them often and they change rarely; a change made here replaces the kept copy.
 */
@Injectable({ providedIn: 'root' })
export class WorkingWeekApi {
  private readonly http = inject(HttpClient);
  private readonly kept = new Map<string, Promise<WorkingWeekView>>();

  /** The region's working week; a failed read is not kept, so the next call tries again. */
  get(regionId: string): Promise<WorkingWeekView> {
    const kept = this.kept.get(regionId);
    if (kept) return kept;
    const read = firstValueFrom(this.http.get<WorkingWeekView>(`/api/regions/${regionId}/working-week`));
    this.kept.set(regionId, read);
    read.catch(() => this.kept.delete(regionId));
    return read;
  }

  /** Forgets the kept copy, after the region's days off changed through the region form. */
  forget(regionId: string): void {
    this.kept.delete(regionId);
  }

  /** Adds a holiday, or renames the one on that day (national admins). */
  addHoliday(regionId: string, body: AddHolidayRequest): Promise<WorkingWeekView> {
    return this.keep(regionId, this.http.post<WorkingWeekView>(`/api/regions/${regionId}/holidays`, body));
  }

  /** Adds a country's holidays of one year; `year` is Solar Hijri for `ir`. */
  applyPreset(regionId: string, body: HolidayPresetRequest): Promise<WorkingWeekView> {
    return this.keep(
      regionId,
      this.http.post<WorkingWeekView>(`/api/regions/${regionId}/holidays/preset`, body),
    );
  }

  /** Removes the holiday on `day` (`YYYY-MM-DD`). */
  async removeHoliday(regionId: string, day: string): Promise<void> {
    await firstValueFrom(this.http.delete<void>(`/api/regions/${regionId}/holidays/${day}`));
    this.forget(regionId);
  }

  private async keep(regionId: string, answer: Observable<WorkingWeekView>): Promise<WorkingWeekView> {
    const week = await firstValueFrom(answer);
    this.kept.set(regionId, Promise.resolve(week));
    return week;
  }
}
