import { inject, Pipe, PipeTransform } from '@angular/core';
import { LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { changeValueText, formatDateTime } from './change-value';

/** `{{ entry.at | localDateTime }}`: day and time in the reader's calendar, digits and time zone. */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(iso: string): string {
    return formatDateTime(this.locales.locale(), iso);
  }
}

/** `{{ change.old | changeValue }}`: one side of a field change, readable in the reader's language. */
@Pipe({ name: 'changeValue', pure: false })
export class ChangeValuePipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);
  private readonly translations = inject(TranslationService);

  transform(value: unknown): string {
    return changeValueText(this.locales.locale(), value, {
      yes: this.translations.t('audit.value.yes'),
      no: this.translations.t('audit.value.no'),
      empty: this.translations.t('audit.value.empty'),
    });
  }
}

/** `{{ entry.entity | entityKind }}`: the kind of record, named in the reader's language when it is known. */
@Pipe({ name: 'entityKind', pure: false })
export class EntityKindPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(entity: string): string {
    const key = `audit.entity.${entity}`;
    const name = this.translations.t(key);
    return name === key ? entity : name;
  }
}

/**
 * `{{ entry.action | auditAction }}`: what was done, named in the reader's language; an action the dashboard
 * has no name for (an entry older than a rename) shows its code.
 */
@Pipe({ name: 'auditAction', pure: false })
export class AuditActionPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(action: string): string {
    const key = auditActionKey(action);
    const name = this.translations.t(key);
    return name === key ? action : name;
  }
}

/** The dictionary key naming an audit action. */
export const auditActionKey = (action: string) => `audit.action.${action}`;
