import { inject, provideEnvironmentInitializer } from '@angular/core';
import type { Locale } from '@prgauge/contracts';
import { TranslationService } from '../translation.service';
import type { Dictionary } from './dictionary-checks';

/**
 * Adds an area's texts when its lazy routes first load, so the first page carries only the shell's texts.
 * Use in the providers of the area's parent route.
 */
export function provideTranslations(dictionaries: Record<Locale, Dictionary>) {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(dictionaries));
}
