import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  calendarYearOf,
  presetOfRegion,
  WORKING_WEEK_PRESETS,
  type RegionView,
  type WorkingWeekPreset,
  type WorkingWeekView,
} from '@prgauge/contracts';
import { WorkingWeekApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { CalendarDayPipe, LocaleStore, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';

/**
 * A region's public holidays: the list, and for national admins a country's holidays of this year or the next
 * in one click, a holiday by hand, and removal. Years count in the country's calendar: Solar Hijri for Iran.
 */
@Component({
  selector: 'pr-region-holidays',
  imports: [
    DayField,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    CalendarDayPipe,
    LocalizedPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-holidays.html',
  styleUrl: './region-holidays.scss',
})
export class RegionHolidays {
  readonly region = input.required<RegionView>();

  private readonly api = inject(WorkingWeekApi);
  private readonly session = inject(SessionStore);
  private readonly locales = inject(LocaleStore);

  protected readonly presets = WORKING_WEEK_PRESETS;
  protected readonly mayEdit = computed(() =>
    this.session.can('region.update', { regionId: this.region().id }),
  );
  private readonly loaded = resource({
    params: () => this.region().id,
    loader: ({ params }) => this.api.get(params),
  });
  /** The week as last answered by a change, else as read. */
  private readonly changed = signal<WorkingWeekView | null>(null);
  protected readonly week = computed(() => {
    const changed = this.changed();
    if (changed?.regionId === this.region().id) return changed;
    return this.loaded.hasValue() ? this.loaded.value() : null;
  });
  private readonly chosenPreset = signal<WorkingWeekPreset | null>(null);
  protected readonly preset = computed(() => this.chosenPreset() ?? presetOfRegion(this.region()));
  /** This year and the next in the preset's calendar, on the region's clocks. */
  protected readonly years = computed(() => {
    const calendar = this.preset() === 'ir' ? 'persian' : 'gregorian';
    const year = calendarYearOf(new Date(), this.region().timeZone, calendar).year;
    return [year, year + 1];
  });
  protected readonly newDay = signal('');
  protected readonly newName = signal('');
  protected readonly busy = signal(false);
  protected readonly status = signal<'saved' | 'failed' | null>(null);

  protected choosePreset(preset: WorkingWeekPreset): void {
    this.chosenPreset.set(preset);
  }

  protected applyPreset(year: number): Promise<void> {
    return this.run(() => this.api.applyPreset(this.region().id, { preset: this.preset(), year }));
  }

  protected addHoliday(): Promise<void> {
    const date = this.newDay();
    const name = this.newName().trim();
    if (!date || !name) return Promise.resolve();
    return this.run(async () => {
      const week = await this.api.addHoliday(this.region().id, {
        date,
        name: { [this.locales.locale()]: name },
      });
      this.newDay.set('');
      this.newName.set('');
      return week;
    });
  }

  protected removeHoliday(day: string): Promise<void> {
    return this.run(async () => {
      await this.api.removeHoliday(this.region().id, day);
      return this.api.get(this.region().id);
    });
  }

  protected textOf(event: Event): string {
    return event.target instanceof HTMLInputElement ? event.target.value : '';
  }

  private async run(change: () => Promise<WorkingWeekView>): Promise<void> {
    this.busy.set(true);
    this.status.set(null);
    try {
      this.changed.set(await change());
      this.status.set('saved');
    } catch {
      this.status.set('failed');
    } finally {
      this.busy.set(false);
    }
  }
}
