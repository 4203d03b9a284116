import {
  ChangeDetectionStrategy,
  Component,
  inject,
  InjectionToken,
  input,
  type Provider,
} from '@angular/core';
import { formatNumber, LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';

/**
 * How an area's forms word their own checks: which problems are translation keys (those starting with
 * `keyPrefix`, such as `org.`), and the limits (`{min}`, `{max}`, from the contracts the API validates with)
 * that a check's text names, by key.
 */
export interface FieldChecks {
  keyPrefix: string | null;
  limits: Partial<Record<string, { min?: number; max: number }>>;
}

/** The area's field checks; without an area's own, every problem is shown as it is. */
export const FIELD_CHECKS = new InjectionToken<FieldChecks>('FIELD_CHECKS', {
  factory: () => ({ keyPrefix: null, limits: {} }),
});

/** Gives an area's routes its field checks: put it beside `provideTranslations` in the area's parent route. */
export function provideFieldChecks(checks: FieldChecks): Provider {
  return { provide: FIELD_CHECKS, useValue: checks };
}

/**
 * A field's problems under it, announced as they appear. The form's own checks are translation keys of the
 * area (`FieldChecks.keyPrefix`); the API's refusals arrive worded from their codes already and show as they are.
 */
@Component({
  selector: 'pr-field-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems()?.length) {
      <div class="field-errors" role="alert" [id]="id()">
        @for (p of problems(); track p) {
          <p>{{ isCheck(p) ? text(p) : p }}</p>
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

  private readonly checks = inject(FIELD_CHECKS);
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);

  protected isCheck(problem: string): boolean {
    const prefix = this.checks.keyPrefix;
    return prefix !== null && problem.startsWith(prefix);
  }

  /** A form check's text, with the limits it names in the reader's digits. */
  protected text(key: string): string {
    const limits = this.checks.limits[key];
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
