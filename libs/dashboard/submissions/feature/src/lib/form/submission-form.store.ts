import { computed, inject, Injectable, OnDestroy, signal } from '@angular/core';
import type {
  EvidenceView,
  ReviewCommentView,
  SubmissionValueInput,
  SubmissionValueView,
  SubmissionView,
} from '@prgauge/contracts';
import { ApiProblem, apiProblemOf, ProblemField } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';
import { FieldValue, missingForSubmit, sectionsOf } from './form-model';
import { changesSinceReturn, commentAnswers } from './review-loop-model';

/** How long typing may pause before the draft is saved. */
const AUTOSAVE_MS = 800;
/** The first wait before a failed save is sent again; each further failure doubles it, up to {@link RETRY_MAX_MS}. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** Statuses that say the server may take the same save later: unreachable (0), or a gateway or service down. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([0, 502, 503, 504]);

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface Conflict {
  mine: SubmissionValueInput[];
  current: SubmissionView;
}

/**
 * The data entry form's state. Every change is saved as a draft shortly after typing stops, carrying the version
 * the form last read; if someone else saved first, the form shows both values and lets the person choose.
 */
@Injectable()
export class SubmissionFormStore implements OnDestroy {
  private readonly api = inject(SubmissionsApi);
  private readonly refusals = inject(RefusalText);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The automatic resend of a save the network or an unavailable server lost. */
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Transient failures in a row, which set how long the next automatic resend waits. */
  private failures = 0;
  private inFlight: Promise<void> | null = null;
  private pending = new Map<string, SubmissionValueInput>();
  /** Replies on their way, which a submit waits for, since the server judges the answers it has. */
  private readonly replying = new Set<Promise<void>>();

  readonly view = signal<SubmissionView | null>(null);
  readonly values = signal<ReadonlyMap<string, FieldValue>>(new Map());
  readonly notes = signal<ReadonlyMap<string, string>>(new Map());
  readonly serverValues = signal<ReadonlyMap<string, SubmissionValueView>>(new Map());
  readonly evidence = signal<EvidenceView[]>([]);
  /** The reviewers' comments, with the replies as this person writes them. */
  readonly comments = signal<ReviewCommentView[]>([]);
  /** Why the last reply was not saved, by comment id. */
  readonly replyErrors = signal<ReadonlyMap<string, string>>(new Map());
  readonly saveState = signal<SaveState>('idle');
  readonly savedAt = signal<Date | null>(null);
  /** Problems the server reported, worded, by indicator. */
  readonly fieldErrors = signal<ReadonlyMap<string, string>>(new Map());
  readonly conflict = signal<Conflict | null>(null);
  /** Why the last submit was refused; the page words it, naming indicators by their names. */
  readonly submitRefusal = signal<ApiProblem | null>(null);
  readonly loadError = signal<string | null>(null);

  readonly sections = computed(() => {
    const view = this.view();
    return view ? sectionsOf(view, this.values()) : [];
  });
  readonly progress = computed(() => {
    const sections = this.sections();
    const own = sections.reduce((n, s) => n + s.own, 0);
    return own ? sections.reduce((n, s) => n + s.filled, 0) / own : 0;
  });
  readonly evidenceCount = computed(() => {
    const counts = new Map<string, number>();
    for (const e of this.evidence()) counts.set(e.indicator, (counts.get(e.indicator) ?? 0) + 1);
    return counts;
  });
  readonly missing = computed(() => {
    const view = this.view();
    return view ? missingForSubmit(view, this.values(), this.evidenceCount()) : [];
  });
  readonly editable = computed(() => this.view()?.editable ?? false);
  readonly openComments = computed(() => this.comments().filter((c) => c.open));
  /** How each open comment is answered now: a changed value, new evidence, a reply, or not yet (null). */
  readonly answers = computed(() => {
    const view = this.view();
    return view ? commentAnswers(view, this.values(), this.evidence(), this.comments()) : new Map();
  });
  readonly unanswered = computed(() => this.openComments().filter((c) => !this.answers().get(c.id)));
  /** What changed since the return, for the confirmation before resubmitting. */
  readonly changes = computed(() => {
    const view = this.view();
    return view ? changesSinceReturn(view, this.values(), this.evidence(), this.comments()) : null;
  });

  async load(id: string): Promise<void> {
    try {
      this.adopt(await this.api.get(id));
    } catch (error) {
      this.loadError.set(this.refusals.summary(apiProblemOf(error)));
    }
  }

  /** Shows a submission as the server has it, dropping local edits. */
  adopt(view: SubmissionView): void {
    this.pending.clear();
    this.view.set(view);
    this.values.set(new Map(view.values.map((v) => [v.indicator, v.value])));
    this.notes.set(new Map(view.values.filter((v) => v.note).map((v) => [v.indicator, v.note ?? ''])));
    this.serverValues.set(new Map(view.values.map((v) => [v.indicator, v])));
    this.evidence.set(view.evidence);
    this.comments.set(view.comments);
    this.fieldErrors.set(new Map());
  }

  edit(indicator: string, value: FieldValue, note?: string): void {
    this.values.update((m) => new Map(m).set(indicator, value));
    if (note !== undefined) this.notes.update((m) => new Map(m).set(indicator, note));
    const previous = this.pending.get(indicator);
    this.pending.set(indicator, {
      indicator,
      value,
      ...(note !== undefined ? { note } : previous?.note !== undefined ? { note: previous.note } : {}),
    });
    this.fieldErrors.update((m) => {
      const next = new Map(m);
      next.delete(indicator);
      return next;
    });
    this.saveState.set('pending');
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  /** Saves what is pending now; resolves when the server has answered. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    while (this.inFlight) await this.inFlight;
    const view = this.view();
    if (!view || this.pending.size === 0 || this.conflict()) return;
    const changes = [...this.pending.values()];
    this.pending.clear();
    this.saveState.set('saving');
    this.inFlight = this.send(view, changes);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async send(view: SubmissionView, changes: SubmissionValueInput[]): Promise<void> {
    try {
      const result = await this.api.save(view.id, view.version, changes);
      this.view.set({ ...view, version: result.version, status: result.status, editable: result.editable });
      this.serverValues.update((m) => {
        const next = new Map(m);
        for (const v of result.values) next.set(v.indicator, v);
        return next;
      });
      this.failures = 0;
      // A resend that went through clears the "not saved" its fields showed.
      this.fieldErrors.update((m) => {
        const next = new Map(m);
        for (const change of changes) next.delete(change.indicator);
        return next;
      });
      this.savedAt.set(new Date());
      this.saveState.set(this.pending.size ? 'pending' : 'saved');
    } catch (error) {
      const problem = apiProblemOf(error);
      if (problem.status === 409 && problem.current) {
        this.conflict.set({ mine: changes, current: problem.current as SubmissionView });
        this.saveState.set('conflict');
        return;
      }
      // Keep the unsaved changes, so nothing typed is lost; the next edit or a retry sends them again.
      for (const change of changes)
        if (!this.pending.has(change.indicator)) this.pending.set(change.indicator, change);
      this.fieldErrors.set(
        fieldErrorsOf(
          problem.details,
          changes,
          (d) => this.refusals.field(d),
          this.refusals.summary(problem, this.refusals.indicatorLabels(view.leaves)),
        ),
      );
      this.saveState.set('error');
      if (TRANSIENT_STATUSES.has(problem.status)) this.retryLater();
    }
  }

  /** Sends the kept changes again after a wait that doubles with each failure in a row; an edit or Retry comes first. */
  private retryLater(): void {
    const wait = Math.min(RETRY_FIRST_MS * 2 ** this.failures, RETRY_MAX_MS);
    this.failures += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), wait);
  }

  /** A form left behind stops resending; a save already waiting for its pause still goes out. */
  ngOnDestroy(): void {
    clearTimeout(this.retryTimer);
  }

  /** After a conflict: keep this person's values on top of the newer version. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.adopt(conflict.current);
    for (const change of conflict.mine) this.edit(change.indicator, change.value, change.note);
    await this.flush();
  }

  /** After a conflict: drop this person's values and show the other person's. */
  takeTheirs(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.adopt(conflict.current);
    this.saveState.set('saved');
  }

  /** The other person's value of an indicator in a conflict. */
  conflictValue(conflict: Conflict, indicator: string): FieldValue {
    return conflict.current.values.find((v) => v.indicator === indicator)?.value ?? null;
  }

  evidenceFor(indicator: string): EvidenceView[] {
    return this.evidence().filter((e) => e.indicator === indicator);
  }

  retry(): Promise<void> {
    return this.flush();
  }

  addEvidence(evidence: EvidenceView): void {
    this.evidence.update((list) => [...list, evidence]);
  }

  removeEvidence(id: string): void {
    this.evidence.update((list) => list.filter((e) => e.id !== id));
  }

  /** Saves the reply to an open comment; the comment shows it at once, and an error beside it if refused. */
  async reply(commentId: string, text: string): Promise<void> {
    const saving = this.sendReply(commentId, text);
    this.replying.add(saving);
    await saving.finally(() => this.replying.delete(saving));
  }

  private async sendReply(commentId: string, text: string): Promise<void> {
    const view = this.view();
    if (!view) return;
    this.comments.update((list) => list.map((c) => (c.id === commentId ? { ...c, reply: text } : c)));
    const errors = new Map(this.replyErrors());
    errors.delete(commentId);
    try {
      const saved = await this.api.reply(view.id, commentId, text);
      this.comments.update((list) => list.map((c) => (c.id === commentId ? saved : c)));
    } catch (error) {
      errors.set(commentId, this.refusals.summary(apiProblemOf(error)));
    }
    this.replyErrors.set(errors);
  }

  async submit(): Promise<boolean> {
    await this.flush();
    await Promise.all(this.replying);
    const view = this.view();
    if (!view || this.conflict()) return false;
    try {
      this.adopt(await this.api.submit(view.id, view.version));
      this.submitRefusal.set(null);
      return true;
    } catch (error) {
      const problem = apiProblemOf(error);
      this.submitRefusal.set(problem);
      if (problem.status === 409 && problem.current) this.adopt(problem.current as SubmissionView);
      // Each refused indicator also shows the refusal beside its field.
      this.fieldErrors.set(
        new Map(problem.details.map((detail) => [detail.field, this.refusals.field(detail)])),
      );
      return false;
    }
  }
}

/**
 * The server names fields as `values[2].value`; the form shows them beside indicator 2 of the save, worded by
 * `textOf`. A refusal that names no value shows its `summary` beside every indicator of the save.
 */
function fieldErrorsOf(
  details: readonly ProblemField[],
  changes: SubmissionValueInput[],
  textOf: (detail: ProblemField) => string,
  summary: string,
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const detail of details) {
    const match = /^values\[(\d+)\]/.exec(detail.field);
    const change = match ? changes[Number(match[1])] : undefined;
    if (change)
      errors.set(change.indicator, [errors.get(change.indicator), textOf(detail)].filter(Boolean).join('; '));
  }
  if (errors.size === 0) for (const change of changes) errors.set(change.indicator, summary);
  return errors;
}
