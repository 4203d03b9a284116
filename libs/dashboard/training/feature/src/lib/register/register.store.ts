import { computed, inject, Injectable, signal } from '@angular/core';
import type { AttendanceRowRequest, AttendanceView, TrainingEventView } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi, TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';
import { registerFiguresOf } from './register-figures';

/** Why the last change to the register did not go through, as a translation key. */
export type RegisterNotice = 'staleRow' | 'rowGone' | 'saveFailed' | null;

/**
 * An event's attendance register as it is edited: every change shows at once, then goes to the server with
 * the version the row was read at. A row someone else changed first is replaced by their version.
 */
@Injectable()
export class RegisterStore {
  private readonly api = inject(TrainingApi);
  private readonly refusals = inject(RefusalText);
  private readonly lookups = inject(TrainingLookups);
  /** The register's column headings for the fields the API names. */
  private readonly labels = this.refusals.labelsFrom('training.register.', {
    participantName: 'name',
    agencyId: 'agency',
  });

  readonly event = signal<TrainingEventView | null>(null);
  readonly rows = signal<AttendanceView[]>([]);
  readonly loading = signal(false);
  readonly loadFailed = signal(false);
  readonly notice = signal<RegisterNotice>(null);
  /** Why the server refused the row being added: one line per field, under its column's name. */
  readonly addProblems = signal<string[]>([]);

  readonly figures = computed(() => registerFiguresOf(this.rows(), this.event()?.invited ?? null));

  async load(event: TrainingEventView): Promise<void> {
    this.event.set(event);
    this.lookups.showAgenciesOf(event.regionId);
    this.loading.set(true);
    try {
      this.rows.set(await this.api.attendance(event.id));
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  async add(input: AttendanceRowRequest): Promise<boolean> {
    const event = this.event();
    if (!event) return false;
    try {
      const row = await this.api.addAttendance(event.id, input);
      this.rows.update((rows) => [...rows, row]);
      this.addProblems.set([]);
      return true;
    } catch (error) {
      this.addProblems.set(this.refusals.lines(apiProblemOf(error), this.labels));
      return false;
    }
  }

  async edit(row: AttendanceView, change: Partial<AttendanceRowRequest>): Promise<void> {
    this.replace(row.id, { ...row, ...change });
    this.notice.set(null);
    try {
      this.replace(row.id, await this.api.updateAttendance(row.id, row.version, change));
    } catch (error) {
      this.recover(row, error);
    }
  }

  async remove(row: AttendanceView): Promise<void> {
    this.rows.update((rows) => rows.filter((r) => r.id !== row.id));
    this.notice.set(null);
    try {
      await this.api.removeAttendance(row.id, row.version);
    } catch (error) {
      const problem = apiProblemOf(error);
      if (problem.status === 404) return;
      this.rows.update((rows) => [...rows, (problem.current as AttendanceView | undefined) ?? row]);
      this.notice.set(problem.status === 409 ? 'staleRow' : 'saveFailed');
    }
  }

  /** A stale row shows its newer version; a vanished one leaves; anything else returns to what it was. */
  private recover(row: AttendanceView, error: unknown): void {
    const problem = apiProblemOf(error);
    if (problem.status === 409 && problem.current) {
      this.replace(row.id, problem.current as AttendanceView);
      this.notice.set('staleRow');
    } else if (problem.status === 404) {
      this.rows.update((rows) => rows.filter((r) => r.id !== row.id));
      this.notice.set('rowGone');
    } else {
      this.replace(row.id, row);
      this.notice.set('saveFailed');
    }
  }

  private replace(id: string, next: AttendanceView): void {
    this.rows.update((rows) => rows.map((r) => (r.id === id ? next : r)));
  }
}
