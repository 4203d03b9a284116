import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LIMITS } from '@prgauge/contracts';
import { formatNumber, LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';

/** The limits a form check's text names as `{min}` and `{max}`, from the contracts the API validates with. */
const PROBLEM_LIMITS: Partial<Record<string, { min?: number; max: number }>> = {
  'org.problem.nameTooLong': LIMITS.localizedText,
  'org.problem.login': LIMITS.login,
  'org.problem.displayName': LIMITS.accountName,
};

/**
 * A field's problems under it, announced as they appear. The form's own checks are translation keys (`org.…`);
 * the API's refusals arrive worded from their codes already and show as they are.
 */
@Component({
  selector: 'pr-org-field-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems()?.length) {
      <div class="field-errors" role="alert" [id]="id()">
        @for (p of problems(); track p) {
          <p>{{ p.startsWith('org.') ? text(p) : p }}</p>
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

  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);

  /** A form check's text, with the limits it names in the reader's digits. */
  protected text(key: string): string {
    const limits = PROBLEM_LIMITS[key];
    const locale = this.locales.locale();
    return this.translations.t(
      key,
      limits && {
        min: formatNumber(locale, limits.min ?? 0),
        max: formatNumber(locale, limits.max),
      },
    );
  }
}
