import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@prgauge/dashboard-i18n';

/**
 * A field's problems under it. The form's own checks are translation keys; the server's refusals arrive
 * worded already (`RefusalText.byField`) and are shown as they are.
 */
@Component({
  selector: 'pr-field-errors',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems()?.length) {
      <div class="field-errors" role="alert" [id]="id()">
        @for (p of problems(); track p) {
          <p>{{ p.startsWith('admin.') ? (p | t) : p }}</p>
        }
      </div>
    }
  `,
  styles: `
    .field-errors {
      color: #b3261e;
      font-size: 0.8125rem;
      margin-block: 0.25rem 0;
      padding-inline: 1rem;

      p {
        margin: 0;
      }
    }
  `,
})
export class FieldErrors {
  readonly id = input.required<string>();
  readonly problems = input<string[] | undefined>();
}
