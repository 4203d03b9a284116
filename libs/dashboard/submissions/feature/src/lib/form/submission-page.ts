import { RouterLink } from '@angular/router';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIMITS, type LeafView, type ReviewCommentView } from '@prgauge/contracts';
import { WorkingWeekApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocaleStore,
  LocalMomentPipe,
  LocalNumberPipe,
  LocalTimePipe,
  LocalizedPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { FieldValue, timeLeft } from './form-model';
import { workingDaysLeft, workingDaysLeftKey } from './working-days-left';
import { LeafField } from './leaf-field';
import { SubmissionCycle } from './submission-cycle';
import { ResubmitConfirmation } from './resubmit-confirmation';
import { openCommentsBySection, sectionsToOpen } from './review-loop-model';
import { SubmissionFormStore } from './submission-form.store';

/** An agency's submission as a form generated from the cycle's framework: one section per index. */
@Component({
  selector: 'pr-submission-page',
  imports: [
    MatButtonModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    LeafField,
    SubmissionCycle,
    ResubmitConfirmation,
    LocalizedPipe,
    LocalMomentPipe,
    LocalTimePipe,
    LocalNumberPipe,
    TranslatePipe,
    RouterLink,
  ],
  providers: [SubmissionFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-page.html',
  styleUrl: './submission-page.scss',
})
export class SubmissionPage {
  protected readonly inputValue = inputValue;
  readonly submissionId = input.required<string>();
  /** `?field=<indicator key>`, as a notification's link gives it: the field to land on once the form is drawn. */
  readonly field = input<string>();
  /** The field a link last landed on, marked until another is chosen. */
  protected readonly highlighted = signal<string | null>(null);

  protected readonly store = inject(SubmissionFormStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly submitted = signal(false);
  /** Whether the confirmation before resubmitting a returned submission is showing. */
  protected readonly confirming = signal(false);
  protected readonly replyMaxLength = LIMITS.reviewComment.max;
  protected readonly now = signal(new Date());

  protected readonly deadline = computed(() => {
    const view = this.store.view();
    if (!view) return null;
    return view.extensionUntil && view.extensionUntil > view.deadline ? view.extensionUntil : view.deadline;
  });
  protected readonly left = computed(() => {
    const deadline = this.deadline();
    return deadline ? timeLeft(deadline, this.now()) : null;
  });
  private readonly session = inject(SessionStore);
  /** Whether the person may fill the cycle's values from a workbook (the value import page). */
  protected readonly mayImport = computed(() => this.session.can('cycle.values.import'));
  private readonly locales = inject(LocaleStore);
  /**
   * The cycle's data as a file, for those who may export it: an agency editor gets their own agency's rows,
   * which re-import unchanged. Null for anyone else.
   */
  protected readonly dataHref = computed(() => {
    const view = this.store.view();
    if (!view || !this.session.can('cycle.data.export')) return null;
    const base = `/api/cycles/${encodeURIComponent(view.cycleId)}/data`;
    const lang = encodeURIComponent(this.locales.locale());
    return { xlsx: `${base}.xlsx?lang=${lang}`, csv: `${base}.csv?lang=${lang}` };
  });
  private readonly workingWeeks = inject(WorkingWeekApi);
  /** The region's days off and holidays; the editor's own region is the submission's. */
  private readonly week = resource({
    params: () => this.session.user()?.regionId ?? undefined,
    loader: ({ params }) => this.workingWeeks.get(params),
  });
  /** "3 working days left", in the region's working week; null until the week is read or once past. */
  protected readonly workingDaysText = computed(() => {
    const deadline = this.deadline();
    const view = this.store.view();
    const week = this.week.hasValue() ? this.week.value() : undefined;
    if (!deadline || !view || !week) return null;
    const days = workingDaysLeft(deadline, this.now(), view.timeZone, week);
    if (days === null) return null;
    return this.translations.t(workingDaysLeftKey(this.locales.locale(), days), { days });
  });
  /** Open comments per section, to mark their headers. */
  protected readonly commentCounts = computed(() => {
    const view = this.store.view();
    return view ? openCommentsBySection(view) : new Map<string, number>();
  });
  /** Sections a link to one of their fields opened, on top of those with comments. */
  private readonly openedByLink = signal<ReadonlySet<string>>(new Set());
  protected readonly openSections = computed(() => {
    const view = this.store.view();
    return new Set([...(view ? sectionsToOpen(view) : []), ...this.openedByLink()]);
  });
  protected readonly leafNames = computed(
    () =>
      new Map((this.store.view()?.leaves ?? []).map((leaf) => [leaf.key, this.translations.pick(leaf.name)])),
  );
  /** A value of the conflict table as a number; a yes/no reads as 1 or 0, as the number format shows it. */
  protected shownNumber(value: FieldValue): number | null {
    return typeof value === 'boolean' ? Number(value) : value;
  }
  /** Why the last submit was refused, one line per indicator under its name. */
  protected readonly submitProblems = computed(() => {
    const refusal = this.store.submitRefusal();
    return refusal ? this.refusals.lines(refusal, (field) => this.leafNames().get(field)) : [];
  });

  constructor() {
    effect(() => void this.store.load(this.submissionId()));
    effect(() => {
      const field = this.field();
      const leaves = this.store.view()?.leaves;
      if (!field || !leaves?.some((leaf) => leaf.key === field)) return;
      // Once per link: later reloads of the form (each save) leave the reader where they are.
      if (untracked(this.highlighted) !== field) untracked(() => this.focusField(field));
    });
    const tick = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }

  protected commentsFor(leaf: LeafView): ReviewCommentView[] {
    return this.store.openComments().filter((c) => c.indicator === leaf.key);
  }

  /** A returned submission goes back through a confirmation of what changed; a draft is sent at once. */
  protected startSubmit(): void {
    if (this.store.view()?.status === 'returned') this.confirming.set(true);
    else void this.submit();
  }

  protected async submit(): Promise<void> {
    this.confirming.set(false);
    this.submitted.set(await this.store.submit());
  }

  /**
   * Opens the indicator's section, then, once it is drawn, scrolls to the field and puts the cursor in its first
   * input, so a link lands where the work is.
   */
  protected focusField(indicator: string): void {
    this.highlighted.set(indicator);
    const index = this.store.view()?.leaves.find((leaf) => leaf.key === indicator)?.index;
    if (index) this.openedByLink.update((keys) => new Set(keys).add(index));
    afterNextRender(
      () => {
        const field = this.document.getElementById(`leaf-${indicator.replace(/[^a-z0-9]/gi, '-')}`);
        if (!field) return;
        field.scrollIntoView({ block: 'center' });
        const target = field.querySelector<HTMLElement>(
          'input:not([disabled]), textarea:not([disabled]), button',
        );
        target?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
