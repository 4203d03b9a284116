import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { AgencyImportResult } from '@prgauge/contracts';
import { OrganisationAdminApi, OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalizedPipe,
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
  type RefusedField,
} from '@prgauge/dashboard-shared-i18n';
import type { Subscription } from 'rxjs';
import { inputElement, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { failureOf, type Failure } from '../shared/field-problems';
import { SectionTabs } from '../shared/section-tabs';
import { picksRegion } from '../shared/national-manager';
import {
  decimalsOf,
  IMPORT_ACCEPT,
  IMPORT_MAX_BYTES,
  importProblemsByRow,
  previewAttributes,
} from './import-problems';

/** Where the import stands: checking or saving shows progress; a preview waits for the person to confirm. */
type ImportState =
  | { step: 'idle' }
  | { step: 'sending'; dryRun: boolean; progress: number }
  | { step: 'preview'; result: AgencyImportResult }
  | { step: 'problems'; summary: string; details: readonly RefusedField[] }
  | { step: 'done'; created: number }
  | { step: 'failed'; failure: Failure };

/**
 * Imports agencies from a CSV or XLSX file in two steps: a dry run lists the agencies the file would create, or
 * every problem by row and column in the reader's language; confirming imports them all, or none.
 */
@Component({
  selector: 'pr-org-agency-import-page',
  imports: [
    ReadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
    SectionTabs,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-import-page.html',
  styleUrl: './agencies.scss',
})
export class AgencyImportPage {
  protected readonly inputElement = inputElement;
  private readonly api = inject(OrganisationAdminApi);
  private readonly organisationApi = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);

  protected readonly accept = IMPORT_ACCEPT;
  protected readonly national = computed(() => picksRegion(this.session.user()?.role));
  protected readonly regions = resource({
    params: () => (this.national() ? this.session.user()?.id : undefined),
    loader: () => this.organisationApi.regions(),
  });
  /** An empty choice of regions would read as "there are no regions". */
  protected readonly regionsRefusal = readRefusal(this.regions);
  protected readonly regionId = signal('');
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly state = signal<ImportState>({ step: 'idle' });
  protected readonly rows = computed(() => {
    const state = this.state();
    return state.step === 'problems' ? importProblemsByRow(state.details) : [];
  });
  /** The attributes besides PR staff that the previewed file sets, so each read number can be checked. */
  protected readonly attributeColumns = computed(() => {
    const state = this.state();
    return state.step === 'preview' ? previewAttributes(state.result.agencies) : [];
  });
  protected readonly decimalsOf = decimalsOf;
  protected readonly fieldText = (problem: RefusedField) => this.refusals.field(problem);

  private upload: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.file.set(file);
    this.state.set({ step: 'idle' });
    this.fileProblem.set(file && file.size > IMPORT_MAX_BYTES ? 'org.import.tooLarge' : null);
  }

  protected chooseRegion(regionId: string): void {
    this.regionId.set(regionId);
    this.state.set({ step: 'idle' });
  }

  /** Sends the file: a dry run first, then, once the preview is confirmed, the import itself. */
  protected send(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.fileProblem()) return;
    if (this.national() && !this.regionId()) {
      this.fileProblem.set('org.import.regionFirst');
      return;
    }
    this.upload?.unsubscribe();
    this.state.set({ step: 'sending', dryRun, progress: 0 });
    this.upload = this.api.importAgencies(file, dryRun, this.regionId() || undefined).subscribe({
      next: (event) => {
        if ('progress' in event) this.state.set({ step: 'sending', dryRun, progress: event.progress });
        else if (dryRun) this.state.set({ step: 'preview', result: event.done });
        else this.state.set({ step: 'done', created: event.done.created });
      },
      error: (error: unknown) => {
        const problem = apiProblemOf(error);
        this.state.set(
          problem.details.length
            ? { step: 'problems', summary: this.refusals.summary(problem), details: problem.details }
            : { step: 'failed', failure: failureOf(problem, this.refusals) },
        );
      },
    });
  }
}
