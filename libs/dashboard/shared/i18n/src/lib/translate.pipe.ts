import { inject, Pipe, PipeTransform } from '@angular/core';
import type { LocalizedText } from '@prgauge/contracts';
import { TranslationParams, TranslationService } from './translation.service';

/** `{{ 'nav.rankings' | t }}`: impure so that text follows a change of language at once. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(key: string, params?: TranslationParams): string {
    return this.translations.t(key, params);
  }
}

/** `{{ agency.name | localized }}`: a record's own multilingual text in the active language. */
@Pipe({ name: 'localized', pure: false })
export class LocalizedPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(text: LocalizedText | string | null | undefined): string {
    return this.translations.pick(text);
  }
}
