import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { dayOffWarnings } from '@prgauge/contracts';
import { WorkingWeekApi } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';
import { formatCalendarDay, LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/**
 * Says, next to a date picker, that the picked day is a day off in the record's region: a weekly day off or a
 * public holiday, named. The same rule the API applies when it answers the save with a warning, so the note
 * shows as soon as the day is picked. Nothing shows on a working day or before the region's week is read; a week
 * that could not be read is said, with a way to read it again, since silence would pass for "a working day".
 */
@Component({
  selector: 'pr-day-off-note',
  imports: [MatIconModule, ReadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (text(); as t) {
      <p class="day-off-note" role="status">
        <mat-icon aria-hidden="true">event_busy</mat-icon><span>{{ t }}</span>
      </p>
    } @else if (unchecked(); as u) {
      <pr-read-failed [refusal]="u" (retry)="week.reload()" />
    }
  `,
  styles: `
    .day-off-note {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      margin-block: 0.25rem 0;
      color: var(--pr-warning, #8a5300);
      font-size: 0.875rem;
    }
  `,
})
export class DayOffNote {
  /** The picked Gregorian day, `YYYY-MM-DD`; empty or null shows nothing. */
  readonly day = input<string | null>(null);
  /** The region whose week decides. */
  readonly regionId = input<string | null>(null);

  private readonly weeks = inject(WorkingWeekApi);
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  protected readonly week = resource({
    params: () => this.regionId() || undefined,
    loader: ({ params }) => this.weeks.get(params),
  });

  private readonly weekRefusal = readRefusal(this.week);
  /** Why a picked day could not be checked against the region's week. */
  protected readonly unchecked = computed(() => {
    const refusal = this.weekRefusal();
    return refusal && /^\d{4}-\d{2}-\d{2}$/.test(this.day() ?? '')
      ? this.translations.t('admin.dayOff.unchecked', { reason: refusal })
      : null;
  });

  protected readonly text = computed(() => {
    const day = this.day();
    const week = this.week.hasValue() ? this.week.value() : undefined;
    if (!day || !week || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
    const [warning] = dayOffWarnings('day', day, week);
    if (!warning) return null;
    return this.translations.errorText(warning.code, {
      day: formatCalendarDay(this.locales.locale(), day, 'long'),
      holiday: this.translations.pick(warning.holiday),
    });
  });
}
