import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { LIMITS, type LeafView, type SubmissionView } from '@prgauge/contracts';
import {
  apiProblemOf,
  CommitteesApi,
  committeeDutiesOf,
  dependsOnCommitteeSeat,
  NO_DUTIES,
  reviewScope,
  SessionStore,
  SubmissionsApi,
} from '@prgauge/dashboard-data-access';
import {
  LocalDatePipe,
  LocalizedPipe,
  LocalNumberPipe,
  MeasuredPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-i18n';
import { changePercent, commentsToSend } from './review-model';

/** One submission under review: each value beside last cycle's, evidence, a comment per indicator, ratings. */
@Component({
  selector: 'pr-review-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    LocalDatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    MeasuredPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
  styleUrls: ['./review.scss', './review-page.scss'],
})
export class ReviewPage {
  readonly submissionId = input.required<string>();

  private readonly api = inject(SubmissionsApi);
  private readonly committees = inject(CommitteesApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  protected readonly changePercent = changePercent;
  protected readonly percent = { type: 'percent' } as const;
  protected readonly commentMaxLength = LIMITS.reviewComment.max;

  protected readonly view = signal<SubmissionView | null>(null);
  protected readonly comments = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly general = signal('');
  protected readonly ratings = signal<ReadonlyMap<string, number | null>>(new Map());
  protected readonly busy = signal(false);
  /** What the last action came to: done, or why not, in words. */
  protected readonly outcome = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  /** A committee member's seats decide what they may return and approve; nobody else's answer turns on them. */
  private readonly duties = resource({
    params: () => {
      const user = this.session.user();
      return user && dependsOnCommitteeSeat(user, 'submission.return') ? user.id : undefined;
    },
    loader: async ({ params }) => committeeDutiesOf(await this.committees.list(), params),
  });
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
    const duties = this.duties.value() ?? NO_DUTIES;
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
    return view !== null && this.session.can(action, reviewScope(view, this.duties.value() ?? NO_DUTIES));
  }

  private async load(id: string): Promise<void> {
    try {
      this.adopt(await this.api.get(id));
    } catch (error) {
      this.outcome.set({ kind: 'error', text: this.refusals.summary(apiProblemOf(error)) });
    }
  }

  private adopt(view: SubmissionView): void {
    this.view.set(view);
    this.ratings.set(
      new Map(
        view.leaves
          .filter((leaf) => leaf.source === 'evaluator')
          .map((leaf) => [leaf.key, view.values.find((v) => v.indicator === leaf.key)?.value ?? null]),
      ),
    );
  }

  protected evidenceOf(leaf: LeafView) {
    return (this.view()?.evidence ?? []).filter((e) => e.indicator === leaf.key);
  }

  protected setComment(indicator: string, text: string): void {
    this.comments.update((m) => new Map(m).set(indicator, text));
  }

  protected setRating(indicator: string, text: string): void {
    const value = text.trim() === '' ? null : Number(text.replace(',', '.'));
    this.ratings.update((m) => new Map(m).set(indicator, value));
  }

  protected async saveRatings(): Promise<boolean> {
    const view = this.view();
    if (!view) return false;
    const values = [...this.ratings()].map(([indicator, value]) => ({ indicator, value }));
    if (!values.length) return true;
    try {
      const saved = await this.api.save(view.id, view.version, values);
      this.view.set({ ...view, version: saved.version });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  protected async approve(): Promise<void> {
    await this.act(async () => {
      if (!(await this.saveRatings())) return false;
      const view = this.view();
      if (!view) return false;
      this.adopt(await this.api.approve(view.id, view.version));
      return true;
    }, 'review.approved');
  }

  protected async returnForFixes(): Promise<void> {
    const comments = commentsToSend(this.comments(), this.general());
    if (!comments.length) {
      this.outcome.set({ kind: 'error', text: this.translations.t('review.needComment') });
      return;
    }
    await this.act(async () => {
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
    try {
      if (await work()) this.outcome.set({ kind: 'ok', text: this.translations.t(done) });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const problem = apiProblemOf(error);
    const text = this.refusals.lines(problem, (field) => this.leafName(field)).join(' · ');
    this.outcome.set({ kind: 'error', text });
    if (problem.status === 409 && problem.current) this.adopt(problem.current as SubmissionView);
  }

  /** An indicator's name for a refusal that names it by key. */
  private leafName(key: string): string | undefined {
    const leaf = this.view()?.leaves.find((l) => l.key === key);
    return leaf ? this.translations.pick(leaf.name) : undefined;
  }
}
