import { DOCUMENT } from '@angular/common';
import {
  computed,
  EnvironmentProviders,
  inject,
  Injectable,
  provideAppInitializer,
  signal,
} from '@angular/core';
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
    this.applyToDocument();
  }

  use(locale: Locale): void {
    this.current.set(locale);
    this.applyToDocument();
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
  }

  // Written at once rather than from an effect, so the first paint already has the right direction.
  private applyToDocument(): void {
    const info = this.info();
    const root = this.document.documentElement;
    root.lang = info.code;
    root.dir = info.dir;
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

/**
 * Applies the saved language to <html lang dir> while the app boots, before the first component renders;
 * the CSP forbids an inline script in index.html, so this is the earliest point.
 */
export function provideLocale(): EnvironmentProviders {
  return provideAppInitializer(() => {
    inject(LocaleStore);
  });
}
