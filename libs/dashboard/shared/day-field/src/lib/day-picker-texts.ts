import { effect, inject, Injectable } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';

/**
 * The date picker's buttons and labels in the page's language (Material writes them in English), rewritten
 * when the language changes.
 */
@Injectable()
export class DayPickerTexts extends MatDatepickerIntl {
  private readonly texts = inject(TranslationService);

  constructor() {
    super();
    effect(() => {
      const t = (key: string) => this.texts.t(key);
      this.calendarLabel = t('day.picker.calendar');
      this.openCalendarLabel = t('day.picker.open');
      this.closeCalendarLabel = t('day.picker.close');
      this.prevMonthLabel = t('day.picker.previousMonth');
      this.nextMonthLabel = t('day.picker.nextMonth');
      this.prevYearLabel = t('day.picker.previousYear');
      this.nextYearLabel = t('day.picker.nextYear');
      this.prevMultiYearLabel = t('day.picker.previousYears');
      this.nextMultiYearLabel = t('day.picker.nextYears');
      this.switchToMonthViewLabel = t('day.picker.chooseDay');
      this.switchToMultiYearViewLabel = t('day.picker.chooseYear');
      this.changes.next();
    });
  }

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.texts.t('day.picker.years', { start, end });
  }
}
