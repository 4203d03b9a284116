import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { LIMITS, type LeafView, type ReviewCommentView, type SubmissionView } from '@prgauge/contracts';
import {
  CommitteesApi,
  committeeDutiesOf,
  dependsOnCommitteeSeat,
  NO_DUTIES,
  reviewScope,
} from '@prgauge/dashboard-committees-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  formatNumber,
  LocaleStore,
  LocalDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  MeasuredPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { RatingsStore } from './ratings.store';
import { changePercent, commentsToSend, parseRating, refusedIndicators } from './review-model';

/** One submission under review: each value beside last cycle's, evidence, a comment per indicator, ratings. */
@Component({
  selector: 'pr-review-page',
  imports: [
    ReadFailed,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    LocalDayPipe,
    LocalizedPipe,
    LocalNumberPipe,
    MeasuredPipe,
    TranslatePipe,
  ],
  providers: [RatingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
  styleUrls: ['./review.scss', './review-page.scss'],
})
export class ReviewPage {
  protected readonly inputValue = inputValue;
  readonly submissionId = input.required<string>();

  private readonly api = inject(SubmissionsApi);
  private readonly committees = inject(CommitteesApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  private readonly injector = inject(Injector);
  private readonly locales = inject(LocaleStore);
  private readonly document = inject(DOCUMENT);
  protected readonly store = inject(RatingsStore);
  protected readonly changePercent = changePercent;
  protected readonly percent = { type: 'percent' } as const;
  protected readonly commentMaxLength = LIMITS.reviewComment.max;

  protected readonly view = this.store.view;
  protected readonly comments = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly general = signal('');
  protected readonly busy = signal(false);
  /**
   * What the last action came to, shown beside the action: done, or why not, in words, with the indicators it
   * concerns (by key; the page names them by title).
   */
  protected readonly outcome = signal<{ kind: 'ok' | 'error'; text: string; indicators: string[] } | null>(
    null,
  );
  /** A refusal's words beside each indicator it concerns, by key. */
  protected readonly fieldRefusals = signal<ReadonlyMap<string, string>>(new Map());
  /** A typed rating that cannot be saved, by indicator. */
  protected readonly ratingProblems = signal<ReadonlyMap<string, string>>(new Map());
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  /** A committee member's seats decide what they may return and approve; nobody else's answer turns on them. */
  protected readonly duties = resource({
    params: () => {
      const user = this.session.user();
      return user && dependsOnCommitteeSeat(user, 'submission.return') ? user.id : undefined;
    },
    loader: async ({ params }) => committeeDutiesOf(await this.committees.list(), params),
  });
  protected readonly dutiesRefusal = readRefusal(this.duties);
  private readonly underReview = computed(() => {
    const view = this.view();
    return view?.status === 'submitted' ? view : null;
  });
  /** Approving (with the ratings it saves) and a general comment concern the submission as a whole. */
  protected readonly mayApprove = computed(() => this.mayAct('submission.approve'));
  protected readonly mayCommentGenerally = computed(() => this.mayAct('submission.return'));
  /** The indices whose indicators this person may comment on when returning the submission. */
  protected readonly commentable = computed(() => {
    const view = this.underReview();
    if (!view) return new Set<string>();
    const duties = (this.duties.hasValue() ? this.duties.value() : null) ?? NO_DUTIES;
    const keys = view.indices
      .map((index) => index.key)
      .filter((key) => this.session.can('submission.return', reviewScope(view, duties, key)));
    return new Set(keys);
  });
  protected readonly mayReturn = computed(() => this.mayCommentGenerally() || this.commentable().size > 0);
  protected readonly sections = computed(() => {
    const view = this.view();
    if (!view) return [];
    return view.indices.map((index) => ({
      ...index,
      leaves: view.leaves.filter((leaf) => leaf.index === index.key),
    }));
  });
  protected readonly values = computed(
    () => new Map((this.view()?.values ?? []).map((v) => [v.indicator, v])),
  );

  constructor() {
    effect(() => void this.load(this.submissionId()));
  }

  private mayAct(action: 'submission.approve' | 'submission.return'): boolean {
    const view = this.underReview();
    return (
      view !== null &&
      this.session.can(
        action,
        reviewScope(view, (this.duties.hasValue() ? this.duties.value() : null) ?? NO_DUTIES),
      )
    );
  }

  private async load(id: string): Promise<void> {
    try {
      this.adopt(await this.api.get(id));
    } catch (error) {
      this.outcome.set({ kind: 'error', text: this.refusals.summary(apiProblemOf(error)), indicators: [] });
    }
  }

  private adopt(view: SubmissionView): void {
    this.store.adopt(view);
  }

  /** The comments reviewers wrote on an indicator, with the agency's replies. */
  protected commentsOn(leaf: LeafView): ReviewCommentView[] {
    return (this.view()?.comments ?? []).filter((c) => c.indicator === leaf.key);
  }

  protected evidenceOf(leaf: LeafView) {
    return (this.view()?.evidence ?? []).filter((e) => e.indicator === leaf.key);
  }

  protected setComment(indicator: string, text: string): void {
    this.comments.update((m) => new Map(m).set(indicator, text));
  }

  /** Takes a typed rating; one that cannot be a rating is shown as a problem and not saved. */
  protected setRating(leaf: LeafView, text: string): void {
    const entry = parseRating(text, leaf.max ?? 5);
    const problems = new Map(this.ratingProblems());
    problems.delete(leaf.key);
    if ('problem' in entry)
      problems.set(
        leaf.key,
        this.translations.t(`reviewLoop.rating.${entry.problem}`, { max: leaf.max ?? 5 }),
      );
    else this.store.rate(leaf.key, entry.value);
    this.ratingProblems.set(problems);
    this.fieldRefusals.update((m) => {
      const next = new Map(m);
      next.delete(leaf.key);
      return next;
    });
  }

  protected async approve(): Promise<void> {
    await this.act(async () => {
      if (!(await this.store.flush())) return this.unsaved();
      const view = this.view();
      if (!view) return false;
      this.adopt(await this.api.approve(view.id, view.version));
      return true;
    }, 'review.approved');
  }

  /** Ratings not saved stop the action, said beside it. */
  private unsaved(): false {
    const indicators = [...this.store.states()].filter(([, s]) => s !== 'saved').map(([k]) => k);
    this.outcome.set({ kind: 'error', text: this.translations.t('reviewLoop.unsavedRatings'), indicators });
    this.reveal();
    return false;
  }

  protected async returnForFixes(): Promise<void> {
    const comments = commentsToSend(this.comments(), this.general());
    if (!comments.length) {
      this.outcome.set({ kind: 'error', text: this.translations.t('review.needComment'), indicators: [] });
      this.reveal();
      return;
    }
    await this.act(async () => {
      // Ratings typed so far are saved first, so they are there when the submission comes back.
      if (!(await this.store.flush())) return this.unsaved();
      const view = this.view();
      if (!view) return false;
      this.adopt(await this.api.returnForFixes(view.id, view.version, comments));
      this.comments.set(new Map());
      this.general.set('');
      return true;
    }, 'review.returned');
  }

  private async act(work: () => Promise<boolean>, done: string): Promise<void> {
    this.busy.set(true);
    this.outcome.set(null);
    this.fieldRefusals.set(new Map());
    try {
      if (await work()) this.outcome.set({ kind: 'ok', text: this.translations.t(done), indicators: [] });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * Words a refusal beside the action, naming the indicators it concerns by title, and beside each of their
   * fields; never by key.
   */
  private fail(error: unknown): void {
    const problem = apiProblemOf(error);
    const keys = new Set((this.view()?.leaves ?? []).map((leaf) => leaf.key));
    const indicators = refusedIndicators(problem.details, keys);
    const text =
      problem.code === 'submission.ratings_missing'
        ? this.translations.t('reviewLoop.ratingsMissing', { count: this.number(indicators.length) })
        : this.refusals.summary(problem, (field) => this.leafName(field));
    this.outcome.set({ kind: 'error', text, indicators });
    this.fieldRefusals.set(
      new Map(
        problem.details
          .filter((d) => keys.has(d.field))
          .map((d) => [d.field, this.refusals.field(d, (field) => this.leafName(field))]),
      ),
    );
    if (problem.status === 409 && problem.current) this.adopt(problem.current as SubmissionView);
    this.reveal();
  }

  /** Brings the outcome beside the action into view once it is drawn. */
  private reveal(): void {
    afterNextRender(() => this.outcomeBox()?.nativeElement.scrollIntoView({ block: 'nearest' }), {
      injector: this.injector,
    });
  }

  /** A number in the reader's digits, for texts that name one. */
  private number(value: number): string {
    return formatNumber(this.locales.locale(), value);
  }

  protected rowId(key: string): string {
    return `review-${key.replace(/[^a-z0-9]/gi, '-')}`;
  }

  /** Scrolls to an indicator's rating (or its row) and puts the cursor there. */
  protected focusIndicator(key: string): void {
    const row = this.document.getElementById(this.rowId(key));
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }

  /** An indicator's name in the reader's language, for a refusal that names it by key. */
  protected leafName(key: string): string | undefined {
    const leaf = this.view()?.leaves.find((l) => l.key === key);
    return leaf ? this.translations.pick(leaf.name) : undefined;
  }
}
