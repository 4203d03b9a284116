import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * A read that failed, said where its list would be, with a button to ask again. An empty select or list would
 * read as "there is nothing"; this says that it could not be read and why (`readRefusal`, shared data-access).
 */
@Component({
  selector: 'pr-read-failed',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="read-failed" role="alert">
      <span>{{ refusal() }}</span>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
    </p>
  `,
  styles: `
    .read-failed {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block: 0.5rem;
      color: #b3261e;
    }
  `,
})
export class ReadFailed {
  /** Why the read failed, in the reader's language. */
  readonly refusal = input.required<string>();
  /** The person asks to read again: the owner reloads its read. */
  readonly retry = output<void>();
}
