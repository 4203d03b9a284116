import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { DEFAULT_LOCALE, isLocale, Locale, LOCALE_INFO } from './locale';

const STORAGE_KEY = 'prgauge.locale';

/** The active language: persisted in the browser, and mirrored on <html lang dir> so layout and fonts follow. */
@Injectable({ providedIn: 'root' })
export class LocaleStore {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(this.readSaved());

  readonly locale = this.current.asReadonly();
  readonly info = computed(() => LOCALE_INFO[this.current()]);
  readonly dir = computed(() => this.info().dir);

  constructor() {
    effect(() => {
      const info = this.info();
      const root = this.document.documentElement;
      root.lang = info.code;
      root.dir = info.dir;
    });
  }

  use(locale: Locale): void {
    this.current.set(locale);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
  }

  private readSaved(): Locale {
    try {
      const saved = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(saved) ? saved : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }
}
