import { DOCUMENT } from '@angular/common';
import {
  computed,
  EnvironmentProviders,
  inject,
  Injectable,
  provideAppInitializer,
  signal,
} from '@angular/core';
import { browserLocale, chooseLocale } from './choose-locale';
import { DEFAULT_LOCALE, isLocale, Locale, LOCALE_INFO } from './locale';

const STORAGE_KEY = 'prgauge.locale';

/**
 * The active language, mirrored on <html lang dir> so layout and fonts follow. A visitor gets the language
 * picked in this browser, else the browser's preferred one; once someone signs in, {@link adopt} puts their
 * account's language first (see `chooseLocale`).
 */
@Injectable({ providedIn: 'root' })
export class LocaleStore {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(chooseLocale(this.localSources(), DEFAULT_LOCALE));

  readonly locale = this.current.asReadonly();
  readonly info = computed(() => LOCALE_INFO[this.current()]);
  readonly dir = computed(() => this.info().dir);

  constructor() {
    this.applyToDocument();
  }

  /**
   * Applies the language for a signed-in person: their account's language (null: none saved), else what this
   * browser chose or prefers, else their region's default language.
   */
  adopt(account: Locale | null, regionDefault?: Locale | null): void {
    this.current.set(
      chooseLocale({ account, region: regionDefault, ...this.localSources() }, DEFAULT_LOCALE),
    );
    this.applyToDocument();
  }

  /** True when this browser picked or prefers a language, so a region's default would not be used. */
  hasBrowserChoice(): boolean {
    const { chosenHere, browser } = this.localSources();
    return chosenHere !== null || browserLocale(browser) !== null;
  }

  /** Switches to a language the person picked, and keeps the choice in this browser. */
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

  private localSources(): { chosenHere: Locale | null; browser: readonly string[] } {
    return { chosenHere: this.readSaved(), browser: this.document.defaultView?.navigator.languages ?? [] };
  }

  private readSaved(): Locale | null {
    try {
      const saved = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(saved) ? saved : null;
    } catch {
      return null;
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
