import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';

/** The organiser's yes or no on a record; a no needs a reason, which the person concerned is shown. */
export interface Verdict {
  approve: boolean;
  reason: string;
}

/** A reason and two buttons; used to screen applications and to verify voters. */
@Component({
  selector: 'pr-decision-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="decision">
      <mat-form-field appearance="outline" class="reason" subscriptSizing="dynamic">
        <mat-label>{{ 'contestsAdmin.decision.reason' | t }}</mat-label>
        <textarea
          matInput
          rows="1"
          [value]="reason()"
          [attr.maxlength]="limits.decisionReason.max"
          (input)="reason.set(inputValue($event))"
        ></textarea>
        <mat-hint [class.error]="needsReason()">{{ 'contestsAdmin.decision.reasonHint' | t }}</mat-hint>
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="decide(true)">
          {{ approveLabel() | t }}
        </button>
        <button mat-stroked-button type="button" class="reject" [disabled]="busy()" (click)="decide(false)">
          {{ 'contestsAdmin.decision.reject' | t }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .decision {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    .reason {
      flex: 1 1 14rem;
    }
    .buttons {
      display: flex;
      gap: 0.5rem;
      padding-block-start: 0.5rem;
    }
    .reject {
      color: #b3261e;
    }
    .error {
      color: #b3261e;
    }
  `,
})
export class DecisionForm {
  protected readonly inputValue = inputValue;
  readonly approveLabel = input.required<string>();
  readonly initialReason = input<string | null>(null);
  readonly busy = input(false);
  readonly decided = output<Verdict>();

  protected readonly limits = LIMITS;
  protected readonly reason = signal('');
  protected readonly needsReason = signal(false);

  constructor() {
    effect(() => {
      this.reason.set(this.initialReason() ?? '');
      this.needsReason.set(false);
    });
  }

  protected decide(approve: boolean): void {
    const reason = this.reason().trim();
    // The server refuses a rejection without a reason; saying so here saves a round trip.
    this.needsReason.set(!approve && reason.length < LIMITS.decisionReason.min);
    if (!this.needsReason()) this.decided.emit({ approve, reason });
  }
}
