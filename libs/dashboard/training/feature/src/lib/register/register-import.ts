import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { AttendanceView, ImportedFileSource } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import {
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { IMPORT_COLUMN_KEYS, ImportProblems, importProblemsOf, isRegisterFile } from './import-preview';
import { registerFiguresOf } from './register-figures';
import { RegisterStore } from './register.store';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking' | 'saving'; file: File }
  | { step: 'preview'; file: File; rows: AttendanceView[]; source: ImportedFileSource }
  | { step: 'refused'; file: File; problems: ImportProblems }
  | { step: 'done'; created: number };

/**
 * Adds a register from a CSV or XLSX file in two steps: the server first reads it without saving and the
 * person sees every row or every problem, and only a confirmation saves it, all rows or none.
 */
@Component({
  selector: 'pr-register-import',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-import.html',
  styleUrl: './register-import.scss',
})
export class RegisterImport {
  private readonly api = inject(TrainingApi);
  private readonly refusals = inject(RefusalText);
  private readonly translations = inject(TranslationService);
  protected readonly store = inject(RegisterStore);
  protected readonly lookups = inject(TrainingLookups);
  protected readonly state = signal<ImportState>({ step: 'idle' });
  protected readonly previewFigures = computed(() => {
    const state = this.state();
    return state.step === 'preview'
      ? registerFiguresOf(state.rows, null)
      : { participants: 0, attended: 0, personHours: 0 };
  });

  protected async chosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!isRegisterFile(file)) {
      this.state.set({
        step: 'refused',
        file,
        problems: { file: [], lines: [] },
      });
      return;
    }
    await this.send(file, true);
  }

  protected async confirm(): Promise<void> {
    const state = this.state();
    if (state.step === 'preview') await this.send(state.file, false);
  }

  protected cancel(): void {
    this.state.set({ step: 'idle' });
  }

  protected agencyCode(row: AttendanceView): string {
    return this.lookups.agency(row.agencyId)?.code ?? row.outlet ?? '—';
  }

  private async send(file: File, dryRun: boolean): Promise<void> {
    const event = this.store.event();
    if (!event) return;
    this.state.set({ step: dryRun ? 'checking' : 'saving', file });
    try {
      const result = await this.api.importRegister(event.id, file, dryRun);
      if (dryRun) {
        this.state.set({ step: 'preview', file, rows: result.rows, source: result.source });
        return;
      }
      this.store.rows.update((rows) => [...rows, ...result.rows]);
      this.state.set({ step: 'done', created: result.created });
    } catch (error) {
      const problem = apiProblemOf(error);
      const problems = importProblemsOf(
        problem.details,
        (p) => this.refusals.field(p),
        (column) =>
          column in IMPORT_COLUMN_KEYS ? this.translations.t(IMPORT_COLUMN_KEYS[column]) : undefined,
      );
      if (!problems.file.length && !problems.lines.length) problems.file.push(this.refusals.summary(problem));
      this.state.set({ step: 'refused', file, problems });
    }
  }
}
