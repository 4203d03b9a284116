import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LIMITS, type AccountView } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { contestFieldLabels } from '../shared/field-labels';

/** Seats a juror account on one nomination with the organisation they work for, which drives exclusions. */
@Component({
  selector: 'pr-juror-assignment',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="assign" (submit)="$event.preventDefault(); assign()" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'contestsAdmin.jury.juror' | t }}</mat-label>
        <mat-select [value]="userId()" (valueChange)="userId.set($event)">
          @for (a of accounts(); track a.id) {
            <mat-option [value]="a.id">{{ a.displayName }} ({{ a.login }})</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'contestsAdmin.jury.organisation' | t }}</mat-label>
        <input matInput [value]="organisation()" (input)="organisation.set(inputValue($event))" />
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="busy()">
        {{ 'contestsAdmin.jury.assign' | t }}
      </button>
    </form>
    @if (incomplete()) {
      <p class="error" role="alert">{{ 'contestsAdmin.jury.incomplete' | t }}</p>
    }
    @for (p of problems(); track $index) {
      <p class="error" role="alert">{{ p }}</p>
    }
  `,
  styles: `
    .assign {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin-block-start: 0.75rem;
    }
    mat-form-field {
      flex: 1 1 14rem;
    }
    .error {
      color: #b3261e;
    }
  `,
})
export class JurorAssignment {
  protected readonly inputValue = inputValue;
  readonly nominationId = input.required<string>();
  readonly accounts = input.required<AccountView[]>();
  readonly assigned = output<void>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  protected readonly userId = signal<string | null>(null);
  protected readonly organisation = signal('');
  protected readonly busy = signal(false);
  protected readonly problems = signal<string[]>([]);
  protected readonly incomplete = signal(false);

  protected async assign(): Promise<void> {
    const userId = this.userId();
    this.problems.set([]);
    this.incomplete.set(!userId || this.organisation().trim().length < LIMITS.organisation.min);
    if (!userId || this.incomplete()) return;
    this.busy.set(true);
    try {
      await this.api.assignJuror(this.nominationId(), userId, this.organisation().trim());
      this.userId.set(null);
      this.organisation.set('');
      this.assigned.emit();
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.busy.set(false);
    }
  }
}
