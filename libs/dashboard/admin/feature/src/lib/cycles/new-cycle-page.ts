import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  CalendarDayPipe,
  LocalDigitsPipe,
  LocalizedPipe,
  RefusalText,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { DayOffNote } from '../shared/day-off-note';
import { FieldErrors } from '@prgauge/dashboard-shared-ui';
import { Failure, failureOf, FieldProblems, serverFieldProblems } from '../shared/field-problems';
import { CycleFormValue, cycleFormProblems, cycleFormValueAfter, cycleInputOf } from './cycle-form-model';

/**
 * Creates a draft cycle from the built-in template or a copy of an earlier cycle, then opens its page. A national
 * admin first picks the region; a director creates in their own.
 */
@Component({
  selector: 'pr-admin-new-cycle-page',
  imports: [
    ReadFailed,
    LocalDigitsPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    CalendarDayPipe,
    LocalizedPipe,
    TranslatePipe,
    FieldErrors,
    DayField,
    DayOffNote,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-cycle-page.html',
  styleUrl: './new-cycle-page.scss',
})
export class NewCyclePage {
  protected readonly inputValue = inputValue;
  private readonly api = inject(CyclesApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);
  private readonly router = inject(Router);

  /** A national admin belongs to no region and picks one; a director creates in their own. */
  protected readonly picksRegion = computed(() => {
    const user = this.session.user();
    return !!user && !user.regionId;
  });
  protected readonly regions = resource({
    params: () => (this.picksRegion() ? true : undefined),
    loader: () => this.organisation.regions(),
  });
  /** An empty choice of regions would read as "there are no regions". */
  protected readonly regionsRefusal = readRefusal(this.regions);
  /** The region the cycle will belong to: the one picked, or the director's own. */
  protected readonly regionOfForm = computed(() =>
    this.picksRegion() ? this.value().regionId || null : (this.session.user()?.regionId ?? null),
  );
  protected readonly value = signal<CycleFormValue>(cycleFormValueAfter(null));
  /**
   * The cycles a copy may come from, newest first: the director's region's, or those of the region a national
   * admin picked (none until one is picked), read for that region alone rather than for every region.
   */
  protected readonly regionCycles = resource({
    params: () => this.regionOfForm() ?? undefined,
    loader: ({ params }) => this.api.list(params),
  });
  protected readonly cycles = computed(() => (this.regionCycles.hasValue() ? this.regionCycles.value() : []));
  /** Without the region's cycles "copy" is offered by none, as if the region had no cycle to copy. */
  protected readonly regionCyclesRefusal = readRefusal(this.regionCycles);
  private readonly cyclesLoaded = computed(() => this.regionCycles.hasValue());
  protected readonly tried = signal(false);
  /** Whether the person has typed or picked anything since the region was set, which a suggestion never replaces. */
  private readonly edited = signal(false);
  protected readonly saving = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);

  private readonly ownProblems = computed(() => cycleFormProblems(this.value(), this.picksRegion()));
  /** The form's own checks once a save was tried, then whatever the server refused. */
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  constructor() {
    // The newest cycle (of the chosen region) suggests the next one's name, period and framework, unless the
    // person began filling the form while the cycles were being read.
    effect(() => {
      if (!this.cyclesLoaded() || untracked(() => this.edited())) return;
      const region = untracked(() => this.value().regionId);
      this.value.set(cycleFormValueAfter(untracked(() => this.cycles())[0] ?? null, region));
    });
  }

  /** A new region starts the form over; its newest cycle's suggestions follow once its cycles are read. */
  protected pickRegion(regionId: string): void {
    this.value.set(cycleFormValueAfter(null, regionId));
    this.edited.set(false);
    this.serverProblems.set({});
  }

  protected patch(change: Partial<CycleFormValue>): void {
    this.edited.set(true);
    this.value.update((v) => ({ ...v, ...change }));
    const fields = Object.keys(change).map((k) => (k === 'deadlineDay' ? 'deadline' : k));
    this.serverProblems.update((p) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => !fields.includes(k))),
    );
  }

  protected async create(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.ownProblems()).length) return;
    this.saving.set(true);
    try {
      const cycle = await this.api.create(cycleInputOf(this.value()));
      await this.router.navigate(['/admin/cycles', cycle.id]);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
