import { inject, Pipe, PipeTransform } from '@angular/core';
import { LocaleStore } from '../locale.store';
import { TranslationService } from '../translation.service';
import { formatMeasured, type MeasureReading } from './measured';

/**
 * `{{ v.value | measured: v }}`: a value read by its measure (Yes/No, whole counts, the locale's percent);
 * `{{ v.value | measured: v : 'exact' }}` keeps every decimal, where a stored value is compared with a new one.
 */
@Pipe({ name: 'measured', pure: false })
export class MeasuredPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);
  private readonly translations = inject(TranslationService);

  transform(value: number | null | undefined, measure: MeasureReading, precision?: 'exact'): string {
    return formatMeasured(
      this.locales.locale(),
      value,
      measure,
      { yes: this.translations.t('measure.yes'), no: this.translations.t('measure.no') },
      precision === 'exact',
    );
  }
}
