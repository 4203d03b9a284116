import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import {
  LIMITS,
  type CommentAnswer,
  type EvidenceView,
  type LeafView,
  type ReviewCommentView,
  type SubmissionValueView,
} from '@prgauge/contracts';
import {
  numberLocaleOf,
  LocaleStore,
  LocalizedPipe,
  MeasuredPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { EvidenceUploader } from './evidence-uploader';
import { FieldValue, fieldProblem, parseNumber } from './form-model';
import { TrainingRecords } from './training-records';

/** One indicator of the form: an input that fits its type, help, last cycle's value, evidence and comments. */
@Component({
  selector: 'pr-leaf-field',
  imports: [
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    EvidenceUploader,
    TrainingRecords,
    LocalizedPipe,
    MeasuredPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leaf-field.html',
  styleUrl: './leaf-field.scss',
})
export class LeafField {
  protected readonly inputValue = inputValue;
  protected readonly limits = LIMITS;
  readonly leaf = input.required<LeafView>();
  readonly value = input<FieldValue>(null);
  readonly note = input('');
  readonly server = input<SubmissionValueView | undefined>();
  readonly editable = input(false);
  /** The agency's figure a per-staff indicator is divided by; null when unknown or not such an indicator. */
  readonly divisor = input<number | null>(null);
  protected readonly count = { type: 'number' } as const;
  readonly serverError = input<string | undefined>();
  /** The open review comments on this indicator, with how each is answered now (null: not yet). */
  readonly comments = input<ReviewCommentView[]>([]);
  readonly answers = input<ReadonlyMap<string, CommentAnswer | null>>(new Map());
  readonly replyErrors = input<ReadonlyMap<string, string>>(new Map());
  readonly evidence = input<EvidenceView[]>([]);
  readonly submissionId = input.required<string>();
  /** Whether a link landed here (a notification's, a comment's): the field is marked so the eye finds it. */
  readonly highlighted = input(false);
  readonly changed = output<{ value: FieldValue; note?: string }>();
  readonly evidenceAdded = output<EvidenceView>();
  readonly evidenceRemoved = output<string>();
  readonly replied = output<{ commentId: string; text: string }>();

  protected readonly id = computed(() => `leaf-${this.leaf().key.replace(/[^a-z0-9]/gi, '-')}`);
  protected readonly ownField = computed(() => this.leaf().source === 'agency');
  /** Evidence may back any indicator the agency fills, and any a reviewer commented on. */
  protected readonly takesEvidence = computed(
    () => this.ownField() || this.comments().length > 0 || this.evidence().length > 0,
  );
  /** What the person typed while it is not a value the server would take; it is not saved until fixed. */
  private readonly invalid = signal<number | null>(null);
  protected readonly problem = computed(() => fieldProblem(this.leaf(), this.invalid() ?? this.value()));
  /** The figure the per-staff hint divides: none while what is typed is refused, so the hint is never stale. */
  protected readonly numeric = computed(() => {
    if (this.invalid() !== null) return null;
    const value = this.value();
    return typeof value === 'boolean' ? Number(value) : value;
  });
  private readonly locales = inject(LocaleStore);
  /** The value in the language's own digits, without grouping, so it reads back exactly as typed. */
  protected readonly shownText = computed(() => {
    const value = this.value();
    if (typeof value !== 'number' || !Number.isFinite(value)) return '';
    return new Intl.NumberFormat(numberLocaleOf(this.locales.locale()), {
      useGrouping: false,
      maximumFractionDigits: 6,
    }).format(value);
  });

  protected typed(text: string): void {
    const value = parseNumber(text);
    if (value !== null && fieldProblem(this.leaf(), value)) {
      this.invalid.set(value);
      return;
    }
    this.invalid.set(null);
    this.changed.emit({ value });
  }

  protected toggled(value: boolean): void {
    this.changed.emit({ value });
  }

  protected noted(note: string): void {
    this.changed.emit({ value: this.value(), note });
  }
}
