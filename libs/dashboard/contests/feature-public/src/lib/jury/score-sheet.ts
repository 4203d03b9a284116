import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS, type JurorTask, type NominationView } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  RefusalText,
  topField,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { fieldProblems } from '../shared/api-problems';
import {
  juryCriteria,
  scoreShares,
  type SheetValue,
  sheetProblems,
  sheetScores,
  sheetValueOf,
  weightedTotal,
} from './score-sheet-model';

/** A score's problem goes under its criterion (`scores.quality` → `quality`), any other under its field. */
const criterionOrField = (field: string) => (field.startsWith('scores.') ? field.slice(7) : topField(field));

/** One application to score: its project, a score per criterion with a comment, and a way to step aside. */
@Component({
  selector: 'pr-score-sheet',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score-sheet.html',
  styleUrl: './score-sheet.scss',
})
export class ScoreSheet {
  protected readonly inputValue = inputValue;
  protected readonly limits = LIMITS;
  readonly task = input.required<JurorTask>();
  readonly nomination = input.required<NominationView>();
  /** False outside judging: the sheet is shown but cannot be saved. */
  readonly editable = input.required<boolean>();
  readonly changed = output<void>();

  private readonly api = inject(ContestsApi);
  private readonly refusals = inject(RefusalText);
  protected readonly value = signal<SheetValue>({ scores: {}, comment: '' });
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly serverProblems = signal<Record<string, string>>({});
  protected readonly declaring = signal(false);
  protected readonly reason = signal('');

  protected readonly problems = computed(() => sheetProblems(this.value(), this.nomination()));
  protected readonly total = computed(() => weightedTotal(this.value(), this.nomination()));
  protected readonly juryCriteria = computed(() => juryCriteria(this.nomination()));
  /** Each criterion's share of the application's score, in percent: the weights as the results use them. */
  protected readonly shares = computed(() => scoreShares(this.nomination()));
  protected readonly measuredCriteria = computed(() =>
    this.nomination().criteria.filter((c) => c.kind === 'measured'),
  );
  protected readonly id = computed(() => `${this.task().nominationId}-${this.task().application.id}`);

  constructor() {
    effect(() => {
      this.value.set(sheetValueOf(this.task()));
      this.tried.set(false);
    });
  }

  protected problem(key: string): string | null {
    return (this.tried() ? this.problems()[key] : undefined) ?? this.serverProblems()[key] ?? null;
  }

  protected setScore(key: string, text: string): void {
    this.saved.set(false);
    this.value.update((v) => ({ ...v, scores: { ...v.scores, [key]: text } }));
  }

  protected setComment(text: string): void {
    this.saved.set(false);
    this.value.update((v) => ({ ...v, comment: text }));
  }

  protected async save(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.problems()).length) return;
    const task = this.task();
    const comment = this.value().comment.trim();
    await this.run(() =>
      this.api.saveScoreSheet(task.nominationId, task.application.id, {
        scores: sheetScores(this.value(), this.nomination()),
        ...(comment ? { comment } : {}),
        ...(task.version ? { version: task.version } : {}),
      }),
    );
  }

  protected async declareConflict(): Promise<void> {
    if (this.reason().trim().length < 3) {
      this.serverProblems.set({ reason: 'contests.jury.problem.reason' });
      return;
    }
    await this.run(() => this.api.declareConflict(this.task().application.id, this.reason().trim()));
  }

  private async run(call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    try {
      await call();
      this.serverProblems.set({});
      this.saved.set(true);
      this.changed.emit();
    } catch (error) {
      const problem = apiProblemOf(error);
      // The API names a score as `scores.quality`; the sheet shows it under that criterion.
      this.serverProblems.set(fieldProblems(problem, this.refusals, criterionOrField));
      this.failure.set(this.refusals.summary(problem));
      if (problem.status === 409) this.changed.emit();
    } finally {
      this.busy.set(false);
    }
  }
}
