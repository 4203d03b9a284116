import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type {
  ContestView,
  CreateContestRequest,
  CreateNominationRequest,
  NominationView,
} from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import {
  LocalizedPipe,
  LocalMomentPipe,
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { NominationForm } from '../nominations/nomination-form';
import { SeriesHistory } from '../series/series-history';
import { ContestHeader } from '../shared/contest-header';
import { contestFieldLabels } from '../shared/field-labels';
import { ContestForm } from './contest-form';
import { withNomination, withoutNomination } from './contest-nominations';

type SaveNotice = 'saved' | 'deleted' | 'stale' | 'failed' | null;

/**
 * A contest's fields and dates, its nominations with their criteria, a form to add or change one, and the
 * earlier years of its series.
 */
@Component({
  selector: 'pr-contest-settings-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    LocalMomentPipe,
    ContestHeader,
    ContestForm,
    NominationForm,
    SeriesHistory,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-settings-page.html',
  styleUrl: './contest-settings-page.scss',
})
export class ContestSettingsPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  private readonly nominationForm = viewChild(NominationForm);
  protected readonly saving = signal(false);
  protected readonly notice = signal<SaveNotice>(null);
  protected readonly nominationNotice = signal<SaveNotice>(null);
  protected readonly problems = signal<string[]>([]);
  /** Phase integrity: why the dates move a phase that holds data; sent with the next save, then cleared. */
  protected readonly dateChangeReason = signal('');
  protected readonly inputValue = inputValue;
  /** The nomination in the form; null while adding a new one. */
  protected readonly editing = signal<NominationView | null>(null);

  protected readonly contest = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.contest(params),
  });

  protected async save(input: CreateContestRequest): Promise<void> {
    const contest = this.contest.hasValue() ? this.contest.value() : undefined;
    if (!contest) return;
    await this.run(this.notice, async () => {
      try {
        const reason = this.dateChangeReason().trim();
        const body = reason ? { ...input, dateChangeReason: reason } : input;
        this.contest.set(await this.api.updateContest(contest.id, contest.version, body));
        this.dateChangeReason.set('');
      } catch (error) {
        const problem = apiProblemOf(error);
        if (problem.status !== 409 || !problem.current) throw error;
        // The form shows the other organiser's version, so a change is re-applied knowingly.
        this.contest.set(problem.current as ContestView);
        return 'stale';
      }
      return 'saved';
    });
  }

  protected async saveNomination(input: CreateNominationRequest): Promise<void> {
    const contest = this.contest.hasValue() ? this.contest.value() : undefined;
    const editing = this.editing();
    if (!contest) return;
    await this.run(this.nominationNotice, async () => {
      if (!editing) {
        this.contest.set(withNomination(contest, await this.api.addNomination(contest.id, input)));
        this.nominationForm()?.reset();
        return 'saved';
      }
      try {
        const changed = await this.api.updateNomination(editing.id, editing.version, input);
        this.contest.set(withNomination(contest, changed));
      } catch (error) {
        const problem = apiProblemOf(error);
        if (problem.status !== 409 || !problem.current) throw error;
        this.contest.reload();
        return 'stale';
      } finally {
        this.editing.set(null);
      }
      return 'saved';
    });
  }

  protected async deleteNomination(nomination: NominationView): Promise<void> {
    await this.run(this.nominationNotice, async () => {
      await this.api.deleteNomination(nomination.id);
      const contest = this.contest.hasValue() ? this.contest.value() : undefined;
      if (contest) this.contest.set(withoutNomination(contest, nomination.id));
      if (this.editing()?.id === nomination.id) this.editing.set(null);
      return 'deleted';
    });
  }

  private async run(notice: typeof this.notice, action: () => Promise<SaveNotice>): Promise<void> {
    this.saving.set(true);
    this.problems.set([]);
    notice.set(null);
    try {
      notice.set(await action());
    } catch (error) {
      notice.set('failed');
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.saving.set(false);
    }
  }
}
