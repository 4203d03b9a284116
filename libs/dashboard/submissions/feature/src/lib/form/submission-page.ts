import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LeafView, ReviewCommentView } from '@prgauge/contracts';
import {
  LocalDatePipe,
  LocalizedPipe,
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-i18n';
import { timeLeft } from './form-model';
import { LeafField } from './leaf-field';
import { SubmissionCycle } from './submission-cycle';
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
    LocalDatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  providers: [SubmissionFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-page.html',
  styleUrl: './submission-page.scss',
})
export class SubmissionPage {
  readonly submissionId = input.required<string>();

  protected readonly store = inject(SubmissionFormStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  private readonly document = inject(DOCUMENT);
  protected readonly submitted = signal(false);
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
  protected readonly generalComments = computed(() =>
    (this.store.view()?.comments ?? []).filter((c) => c.indicator === null),
  );
  protected readonly leafNames = computed(
    () =>
      new Map((this.store.view()?.leaves ?? []).map((leaf) => [leaf.key, this.translations.pick(leaf.name)])),
  );
  /** Why the last submit was refused, one line per indicator under its name. */
  protected readonly submitProblems = computed(() => {
    const refusal = this.store.submitRefusal();
    return refusal ? this.refusals.lines(refusal, (field) => this.leafNames().get(field)) : [];
  });

  constructor() {
    effect(() => void this.store.load(this.submissionId()));
    const tick = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }

  protected commentsFor(leaf: LeafView): ReviewCommentView[] {
    return (this.store.view()?.comments ?? []).filter((c) => c.indicator === leaf.key);
  }

  protected async submit(): Promise<void> {
    this.submitted.set(await this.store.submit());
  }

  protected focusField(indicator: string): void {
    this.document
      .getElementById(`leaf-${indicator.replace(/[^a-z0-9]/gi, '-')}`)
      ?.scrollIntoView({ block: 'center' });
  }
}
