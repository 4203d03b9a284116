import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TRAINING_AUDIENCES, type TrainingAudience } from '@prgauge/contracts';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, Pager, windowOf } from '@prgauge/dashboard-shared-ui';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';

const isAudience = (value: string | undefined): value is TrainingAudience =>
  (TRAINING_AUDIENCES as readonly string[]).includes(value ?? '');

/**
 * The region's training events, searched by title, place or trainer and filtered by topic, audience, committee
 * and dates kept in the address, a page at a time. The API matches the search as people type it (`@prgauge/text`).
 */
@Component({
  selector: 'pr-training-events-page',
  imports: [
    DayField,
    LocalPercentPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    CalendarDayPipe,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './events-page.html',
  styleUrl: './events-page.scss',
})
export class EventsPage {
  protected readonly inputValue = inputValue;
  readonly topic = input<string>();
  readonly audience = input<string>();
  readonly committee = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  /** `?search=`: part of the title, the place or a trainer's name. */
  readonly search = input<string>();
  /** The first event of the page on screen. */
  readonly offset = input<string>();
  /** The title of an event just deleted, to confirm it is gone. */
  readonly deleted = input<string>();

  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  protected readonly lookups = inject(TrainingLookups);
  protected readonly audiences = TRAINING_AUDIENCES;

  protected readonly filter = computed(() => {
    const audience = this.audience();
    return {
      topicId: this.topic() || null,
      audience: isAudience(audience) ? audience : null,
      committeeId: this.committee() || null,
      from: this.from() || null,
      to: this.to() || null,
      search: this.search()?.trim().slice(0, 100) || null,
    };
  });

  protected readonly events = resource({
    params: () => ({ filter: this.filter(), offset: Number(this.offset()) || 0 }),
    loader: ({ params }) => this.api.events(params.filter, { offset: Math.max(0, params.offset) }),
  });
  protected readonly windowOf = windowOf;

  protected readonly hasFilters = computed(() => Object.values(this.filter()).some(Boolean));

  protected choose(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: { ...params, deleted: null, offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }
}
