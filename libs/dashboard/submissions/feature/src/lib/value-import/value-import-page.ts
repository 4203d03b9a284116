import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  LOCALES,
  type Locale,
  VALUE_IMPORT_LIST_LIMIT,
  type ValueImportProblem,
  type ValueImportResult,
} from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import {
  apiProblemOf,
  type FollowedJob,
  JobWatch,
  SessionStore,
} from '@prgauge/dashboard-shared-data-access';
import {
  LocaleStore,
  LocalizedPipe,
  LocalNumberPipe,
  MeasuredPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { inputChecked, inputElement, inputValue, JobProgress } from '@prgauge/dashboard-shared-ui';
import { ValueImportApi } from '@prgauge/dashboard-submissions-data-access';
import { type ImportStep, problemParams, resultHeading } from './value-import-view';

type Step = ImportStep;

/**
 * `/submissions/cycles/:cycleId/import`: the cycle's value template to download in a chosen language, and a filled
 * file (the template or the long format) checked first (every problem by sheet, row and column, the changes,
 * and the overwrites of submitted or approved data, each to tick), then saved as drafts.
 */
@Component({
  selector: 'pr-value-import-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    MeasuredPipe,
    JobProgress,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './value-import-page.html',
  styleUrl: './value-import-page.scss',
})
export class ValueImportPage {
  /** The route's `:cycleId`. */
  readonly cycleId = input.required<string>();

  private readonly api = inject(ValueImportApi);
  private readonly cycles = inject(CyclesApi);
  private readonly refusals = inject(RefusalText);
  private readonly translations = inject(TranslationService);
  protected readonly session = inject(SessionStore);
  protected readonly locales = LOCALES;

  protected readonly cycle = resource({
    params: () => this.cycleId(),
    loader: ({ params }) => this.cycles.get(params),
  });
  /** Why the cycle cannot be read (another region's, say): the page then offers nothing to download or send. */
  protected readonly cycleRefusal = computed(() => {
    const error = this.cycle.error();
    return error ? this.refusals.summary(apiProblemOf(error)) : null;
  });
  protected readonly lang = signal<Locale>(inject(LocaleStore).locale());
  protected readonly templateUrl = computed(() => this.api.templateUrl(this.cycleId(), this.lang()));
  protected readonly file = signal<File | null>(null);
  protected readonly step = signal<Step>('idle');
  protected readonly result = signal<ValueImportResult | null>(null);
  /** A large apply runs as a background job: followed here until it is done. */
  protected readonly job = signal<FollowedJob | null>(null);
  private readonly jobs = inject(JobWatch);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly error = signal<string | null>(null);
  protected readonly ticked = signal<ReadonlySet<string>>(new Set());
  protected readonly listLimit = VALUE_IMPORT_LIST_LIMIT;
  protected readonly busy = computed(() => this.step() === 'checking' || this.step() === 'applying');
  protected readonly canApply = computed(() => {
    const result = this.result();
    return (
      this.step() === 'checked' &&
      result !== null &&
      result.totals.problems === 0 &&
      result.totals.changes + this.ticked().size > 0
    );
  });
  /** Evaluators check a file; saving agency figures is for those the permissions map lets apply. */
  protected readonly mayApply = computed(() => this.session.can('cycle.values.import.apply'));
  /** "Saved" only once a queued apply's job is done. */
  protected readonly heading = computed(() => {
    const followed = this.job();
    return resultHeading(this.step(), followed !== null, followed?.job()?.state ?? null);
  });
  /** Whoever manages cycles goes back to the cycle's page; an agency editor to their submission. */
  protected readonly backLink = computed(() =>
    this.session.can('cycle.create') ? ['/admin/cycles', this.cycleId()] : ['/submissions'],
  );

  protected chooseLang(event: Event): void {
    const lang = LOCALES.find((l) => l === inputValue(event));
    if (lang) this.lang.set(lang);
  }

  protected chooseFile(event: Event): void {
    this.file.set(inputElement(event).files?.[0] ?? null);
    this.result.set(null);
    this.error.set(null);
    this.ticked.set(new Set());
    this.step.set('idle');
  }

  protected tick(key: string, event: Event): void {
    const next = new Set(this.ticked());
    if (inputChecked(event)) next.add(key);
    else next.delete(key);
    this.ticked.set(next);
  }

  protected async check(): Promise<void> {
    const file = this.file();
    if (!file) return;
    await this.run('checking', 'checked', () => this.api.check(this.cycleId(), file));
    this.ticked.set(new Set());
  }

  protected async apply(): Promise<void> {
    const file = this.file();
    const checked = this.result();
    if (!file || !checked) return;
    await this.run('applying', 'applied', () =>
      this.api.apply(this.cycleId(), file, checked.fingerprint, [...this.ticked()]),
    );
  }

  /** A problem of the file in the reader's language. */
  protected problemText(problem: ValueImportProblem): string {
    const params = problemParams(problem, (name) => this.translations.pick(name));
    return this.refusals.field({ field: problem.column, code: problem.code, params });
  }

  private async run(busy: Step, done: Step, work: () => Promise<ValueImportResult>): Promise<void> {
    // A second click can land before the disabled button is drawn: it would check or queue the same file twice.
    if (this.busy()) return;
    const before = this.step();
    this.step.set(busy);
    this.error.set(null);
    try {
      const result = await work();
      this.result.set(result);
      this.job.set(result.jobId ? this.jobs.follow(result.jobId, this.destroyRef) : null);
      this.step.set(done);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.error.set(this.refusals.summary(problem));
      // A save refused because the values, the file or the cycle changed since the check (a deadline passed, say)
      // needs a new check, which shows why, not a retry.
      const checkAgain =
        busy === 'applying' && (problem.status === 409 || problem.code === 'value_import.has_problems');
      if (checkAgain) {
        this.result.set(null);
        this.ticked.set(new Set());
      }
      this.step.set(before === 'checked' && !checkAgain ? 'checked' : 'idle');
    }
  }
}
