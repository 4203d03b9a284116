import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ApplicantApplicationView, ApplicationAuthor } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalMomentPipe, LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { fieldProblems } from '../shared/api-problems';
import { type ApplicantDraft, draftOf, editOf } from './applicant-draft';

/**
 * The applicant's private link, without an account: the application with its reference number, the screening
 * decision, the contest's phase and, once published, the places; while applications are open, the authors,
 * organisations and project can be changed at the version last read.
 */
@Component({
  selector: 'pr-applicant-link-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalizedPipe,
    LocalMomentPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applicant-link-page.html',
  styleUrl: './applicant-link-page.scss',
})
export class ApplicantLinkPage {
  protected readonly inputValue = inputValue;
  readonly token = input.required<string>();

  private readonly api = inject(ContestsApi);
  private readonly refusals = inject(RefusalText);

  protected readonly view = signal<ApplicantApplicationView | null>(null);
  protected readonly draft = signal<ApplicantDraft | null>(null);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly saveFailure = signal<string | null>(null);
  protected readonly problems = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => void this.load(this.token()));
  }

  protected patch(change: Partial<ApplicantDraft>): void {
    this.draft.update((d) => (d ? { ...d, ...change } : d));
    this.saved.set(false);
  }

  protected patchAuthor(index: number, change: Partial<ApplicationAuthor>): void {
    const authors = (this.draft()?.authors ?? []).map((a, i) => (i === index ? { ...a, ...change } : a));
    this.patch({ authors });
  }

  protected addAuthor(): void {
    this.patch({ authors: [...(this.draft()?.authors ?? []), { name: '', position: '' }] });
  }

  protected removeAuthor(index: number): void {
    this.patch({ authors: (this.draft()?.authors ?? []).filter((_, i) => i !== index) });
  }

  protected patchOrganisation(index: number, text: string): void {
    this.patch({
      organisations: (this.draft()?.organisations ?? []).map((o, i) => (i === index ? text : o)),
    });
  }

  protected addOrganisation(): void {
    this.patch({ organisations: [...(this.draft()?.organisations ?? []), ''] });
  }

  protected removeOrganisation(index: number): void {
    this.patch({ organisations: (this.draft()?.organisations ?? []).filter((_, i) => i !== index) });
  }

  protected async save(): Promise<void> {
    const [view, draft] = [this.view(), this.draft()];
    if (!view || !draft) return;
    this.busy.set(true);
    this.saveFailure.set(null);
    try {
      this.show(await this.api.editApplicantApplication(this.token(), editOf(draft, view.version)));
      this.problems.set({});
      this.saved.set(true);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.problems.set(fieldProblems(problem, this.refusals));
      this.saveFailure.set(
        problem.status === 400 && problem.details.length ? null : this.refusals.summary(problem),
      );
      // A stale version or a closed window: show the application as it stands now; a stale edit is kept typed.
      if (problem.status === 409) await this.load(this.token(), problem.code === 'record.stale_version');
    } finally {
      this.busy.set(false);
    }
  }

  private async load(token: string, keepDraft = false): Promise<void> {
    try {
      const view = await this.api.applicantApplication(token);
      this.view.set(view);
      if (!keepDraft || !this.draft()) this.draft.set(draftOf(view));
      this.loadFailure.set(null);
    } catch (error) {
      this.loadFailure.set(this.refusals.summary(apiProblemOf(error)));
    }
  }

  private show(view: ApplicantApplicationView): void {
    this.view.set(view);
    this.draft.set(draftOf(view));
  }
}
