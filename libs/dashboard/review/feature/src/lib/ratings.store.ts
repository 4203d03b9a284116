import { inject, Injectable, signal } from '@angular/core';
import type { SubmissionView } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';

/** How long typing may pause before a rating is saved. */
const AUTOSAVE_MS = 800;

/** Where one rating stands: typed, on its way, saved, refused, or saved meanwhile by someone else. */
export type RatingState = 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/**
 * The submission under review and its evaluator ratings. A rating is saved shortly after typing stops, with the
 * submission version last read, so ratings live through a return; when someone else saved first, the field
 * shows their rating beside this person's, who keeps theirs or takes the other.
 */
@Injectable()
export class RatingsStore {
  private readonly api = inject(SubmissionsApi);
  private readonly refusals = inject(RefusalText);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private pending = new Map<string, number | null>();

  readonly view = signal<SubmissionView | null>(null);
  readonly ratings = signal<ReadonlyMap<string, number | null>>(new Map());
  readonly states = signal<ReadonlyMap<string, RatingState>>(new Map());
  /** Why a rating was not saved, by indicator. */
  readonly errors = signal<ReadonlyMap<string, string>>(new Map());
  /** The rating someone else saved first, by indicator, while this person's waits for a choice. */
  readonly theirs = signal<ReadonlyMap<string, number | null>>(new Map());

  /** Shows the submission as the server has it; ratings still waiting to be saved stay as typed. */
  adopt(view: SubmissionView): void {
    this.view.set(view);
    const saved = new Map(
      view.leaves
        .filter((leaf) => leaf.source === 'evaluator')
        .map((leaf) => [leaf.key, view.values.find((v) => v.indicator === leaf.key)?.value ?? null]),
    );
    for (const [key, value] of this.pending) saved.set(key, value);
    this.ratings.set(saved);
  }

  /** Takes a typed rating (null clears it) and saves it once typing pauses. */
  rate(indicator: string, value: number | null): void {
    this.ratings.update((m) => new Map(m).set(indicator, value));
    this.pending.set(indicator, value);
    this.mark([indicator], 'pending');
    this.errors.update((m) => without(m, indicator));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  /** Saves every pending rating now; true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    const view = this.view();
    if (view && this.pending.size && this.theirs().size === 0) {
      const changes = [...this.pending].map(([indicator, value]) => ({ indicator, value }));
      this.pending.clear();
      this.inFlight = this.send(view, changes);
      await this.inFlight.finally(() => (this.inFlight = null));
    }
    return this.pending.size === 0 && this.theirs().size === 0;
  }

  /** After a conflict: this person's rating goes on top of the newer version. */
  async keepMine(indicator: string): Promise<void> {
    this.theirs.update((m) => without(m, indicator));
    this.mark([indicator], 'pending');
    await this.flush();
  }

  /** After a conflict: the other person's rating stays. */
  takeTheirs(indicator: string): void {
    const value = this.theirs().get(indicator) ?? null;
    this.theirs.update((m) => without(m, indicator));
    this.pending.delete(indicator);
    this.ratings.update((m) => new Map(m).set(indicator, value));
    this.mark([indicator], 'saved');
    // The save's other ratings waited only for this choice.
    if (this.theirs().size === 0 && this.pending.size) void this.flush();
  }

  private async send(view: SubmissionView, changes: { indicator: string; value: number | null }[]) {
    const keys = changes.map((c) => c.indicator);
    this.mark(keys, 'saving');
    try {
      const saved = await this.api.save(view.id, view.version, changes);
      const values = new Map(saved.values.map((v) => [v.indicator, v]));
      this.view.set({
        ...view,
        version: saved.version,
        status: saved.status,
        values: view.values.map((v) => values.get(v.indicator) ?? v),
      });
      this.mark(
        keys.filter((k) => !this.pending.has(k)),
        'saved',
      );
    } catch (error) {
      const problem = apiProblemOf(error);
      for (const change of changes)
        if (!this.pending.has(change.indicator)) this.pending.set(change.indicator, change.value);
      if (problem.status === 409 && problem.current)
        return this.conflict(problem.current as SubmissionView, changes);
      const text = this.refusals.summary(problem, this.refusals.indicatorLabels(view.leaves));
      this.errors.update((m) => new Map([...m, ...keys.map((k): [string, string] => [k, text])]));
      this.mark(keys, 'error');
    }
  }

  /** Someone saved first: ratings they left alone are re-sent; the ones they changed wait for a choice. */
  private conflict(current: SubmissionView, changes: { indicator: string; value: number | null }[]): void {
    const before = new Map((this.view()?.values ?? []).map((v) => [v.indicator, v.value]));
    const now = new Map(current.values.map((v) => [v.indicator, v.value]));
    const clashes = changes.filter(
      (c) => (now.get(c.indicator) ?? null) !== (before.get(c.indicator) ?? null),
    );
    this.theirs.set(new Map(clashes.map((c) => [c.indicator, now.get(c.indicator) ?? null])));
    this.adopt(current);
    const clashing = new Set(clashes.map((c) => c.indicator));
    this.mark([...clashing], 'conflict');
    this.mark(
      changes.map((c) => c.indicator).filter((k) => !clashing.has(k)),
      'pending',
    );
    if (!clashes.length) void this.flush();
  }

  private mark(keys: string[], state: RatingState): void {
    this.states.update((m) => new Map([...m, ...keys.map((k): [string, RatingState] => [k, state])]));
  }
}

function without<V>(map: ReadonlyMap<string, V>, key: string): Map<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
