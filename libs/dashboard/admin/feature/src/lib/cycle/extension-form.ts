import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CompletenessRow, CycleView } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { DayOffNote } from '../shared/day-off-note';
import { FieldErrors } from '@prgauge/dashboard-shared-ui';
import { Failure, failureOf, FieldProblems, serverFieldProblems } from '../shared/field-problems';
import { extensionProblems, ExtensionFormValue } from './extension-model';

/** Gives one agency more time: the agency, its new deadline day and the reason, kept in the audit trail. */
@Component({
  selector: 'pr-extension-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedPipe,
    TranslatePipe,
    FieldErrors,
    DayField,
    DayOffNote,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './extension-form.html',
  styleUrl: './extension-form.scss',
})
export class ExtensionForm {
  protected readonly inputValue = inputValue;
  readonly cycle = input.required<CycleView>();
  readonly agencies = input.required<CompletenessRow[]>();
  readonly granted = output<string>();

  private readonly api = inject(CyclesApi);
  private readonly refusals = inject(RefusalText);
  protected readonly value = signal<ExtensionFormValue>({ agencyId: '', untilDay: '', reason: '' });
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);

  private readonly ownProblems = computed(() =>
    extensionProblems(this.value(), this.cycle().deadline, this.cycle().timeZone),
  );
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  protected patch(change: Partial<ExtensionFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
    this.serverProblems.set({});
  }

  protected async grant(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.ownProblems()).length) return;
    const { agencyId, untilDay, reason } = this.value();
    this.saving.set(true);
    try {
      await this.api.grantExtension(this.cycle().id, {
        agencyId,
        until: untilDay,
        reason: reason.trim(),
      });
      this.value.set({ agencyId: '', untilDay: '', reason: '' });
      this.tried.set(false);
      this.granted.emit(agencyId);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
