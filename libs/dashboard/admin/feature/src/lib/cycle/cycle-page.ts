import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type CycleView, dayIn, type PublishSummary } from '@prgauge/contracts';
import { CyclesApi, CycleTransition } from '@prgauge/dashboard-admin-data-access';
import { apiProblemOf, readRefusal } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  CalendarDayPipe,
  LocalDayPipe,
  LocalDigitsPipe,
  LocaleStore,
  LocalizedPipe,
  LocalMomentPipe,
  RefusalText,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import {
  ConfirmDialog,
  ReadFailed,
  type ConfirmDialogData,
  type ConfirmDialogResult,
} from '@prgauge/dashboard-shared-ui';
import { firstValueFrom } from 'rxjs';
import { DayOffNote } from '../shared/day-off-note';
import { Failure, failureOf } from '../shared/field-problems';
import { SubmissionCounts } from '../shared/submission-counts';
import { actionsFor, extensionsOpen, frameworkEditable } from './cycle-actions';
import { transitionConfirmation } from './confirm-transition';
import { ExtensionForm } from './extension-form';

/** One cycle: its dates, its status changes behind confirmations, its deadline and the extensions granted. */
@Component({
  selector: 'pr-admin-cycle-page',
  imports: [
    ReadFailed,
    LocalDigitsPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    CalendarDayPipe,
    LocalDayPipe,
    LocalMomentPipe,
    LocalizedPipe,
    TranslatePipe,
    SubmissionCounts,
    ExtensionForm,
    DayField,
    DayOffNote,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cycle-page.html',
  styleUrl: './cycle-page.scss',
})
export class CyclePage {
  readonly cycleId = input.required<string>();

  private readonly api = inject(CyclesApi);
  private readonly refusals = inject(RefusalText);
  private readonly submissions = inject(SubmissionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly locales = inject(LocaleStore);

  protected readonly loaded = resource({
    params: () => this.cycleId(),
    loader: ({ params }) => this.api.get(params),
  });
  protected readonly cycle = computed(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly rows = resource({
    params: () => {
      const cycle = this.cycle();
      return cycle && cycle.status !== 'draft' ? { id: cycle.id, version: cycle.version } : undefined;
    },
    loader: ({ params }) => this.submissions.completeness(params.id),
  });
  /** Without the agencies' rows the extensions would read as "none", and none could be granted. */
  protected readonly rowsRefusal = readRefusal(this.rows);
  protected readonly extensions = computed(() =>
    (this.rows.hasValue() ? this.rows.value() : []).filter((r) => r.extensionUntil),
  );
  protected readonly actions = computed(() =>
    actionsFor(this.cycle()?.status ?? 'archived', this.cycle()?.importedHistory ?? false),
  );
  /** Figures published at the time go with imported history until it is published. */
  protected readonly takesPublishedThen = computed(() => {
    const cycle = this.cycle();
    return !!cycle?.importedHistory && cycle.status !== 'published' && cycle.status !== 'archived';
  });
  protected readonly dataHref = (cycleId: string, format: 'xlsx' | 'csv') =>
    this.api.dataHref(cycleId, format, this.locales.locale());
  protected readonly canExtend = computed(() => extensionsOpen(this.cycle()?.status ?? 'archived'));
  protected readonly frameworkEditable = computed(() =>
    frameworkEditable(this.cycle()?.status ?? 'archived'),
  );

  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly deadlineDay = signal<string | null>(null);

  /** The day the cycle's deadline falls on in its region's zone: what the day picker starts from. */
  protected deadlineDayOf(cycle: CycleView): string {
    return dayIn(new Date(cycle.deadline), cycle.timeZone);
  }

  protected async confirmTransition(cycle: CycleView, action: CycleTransition): Promise<void> {
    const summary = action === 'publish' ? await this.publishSummary(cycle) : undefined;
    if (summary === null) return;
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, ConfirmDialogResult>(ConfirmDialog, {
      data: transitionConfirmation(action, cycle.name, this.locales.locale(), summary),
      role: 'alertdialog',
      ariaDescribedBy: 'confirm-consequence',
      width: '32rem',
      maxWidth: '95vw',
    });
    const answer = await firstValueFrom(ref.afterClosed());
    if (!answer) return;
    await this.save(
      () =>
        this.api.transition(
          cycle.id,
          action,
          action === 'reopen' ? { version: cycle.version, reason: answer.reason } : undefined,
        ),
      `admin.done.${action}`,
    );
  }

  /** The publish summary for the confirmation, or null (with the failure shown) when it cannot be read. */
  private async publishSummary(cycle: CycleView): Promise<PublishSummary | null> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      return await this.api.publishSummary(cycle.id);
    } catch (error) {
      this.failure.set(failureOf(apiProblemOf(error), this.refusals));
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  protected async changeDeadline(cycle: CycleView): Promise<void> {
    const day = this.deadlineDay();
    if (!day) return;
    const saved = await this.save(
      () => this.api.update(cycle.id, cycle.version, { deadline: day }),
      'admin.done.deadline',
    );
    // A refused day stays in the picker, to be corrected rather than picked again.
    if (saved) this.deadlineDay.set(null);
  }

  /** Sends the chosen file of figures published then; a refusal names each row and column at fault. */
  protected async uploadPublishedThen(cycle: CycleView, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.busy.set(true);
    this.notice.set(null);
    this.failure.set(null);
    try {
      await this.api.putPublishedThen(cycle.id, file);
      this.notice.set('admin.done.publishedThen');
    } catch (error) {
      this.failure.set(failureOf(apiProblemOf(error), this.refusals));
    } finally {
      input.value = '';
      this.busy.set(false);
    }
  }

  protected extensionGranted(): void {
    this.notice.set('admin.done.extension');
    this.rows.reload();
  }

  /**
   * Runs one change and answers whether it was saved; on a refusal says why, naming each field at fault since
   * this page shows no problem beside its inputs, and on a conflict shows the cycle as it is now.
   */
  private async save(change: () => Promise<CycleView>, done: string): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.failure.set(null);
    try {
      this.loaded.set(await change());
      this.notice.set(done);
      return true;
    } catch (error) {
      const problem = apiProblemOf(error);
      this.failure.set(failureOf(problem, this.refusals, undefined, true));
      if (problem.status === 409) this.loaded.reload();
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
