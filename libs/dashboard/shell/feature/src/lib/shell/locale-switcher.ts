import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { type Locale, LOCALE_INFO, LocaleStore, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * The language menu; each language is named in itself, so anyone can find their own. The choice is kept in
 * this browser and, for someone signed in, saved on their account.
 */
@Component({
  selector: 'pr-locale-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="('locale.label' | t) + ': ' + store.info().nativeName"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
      <span class="current">{{ store.info().nativeName }}</span>
    </button>
    <mat-menu #menu="matMenu" [attr.aria-label]="'locale.label' | t">
      @for (locale of locales; track locale.code) {
        <button
          mat-menu-item
          role="menuitemradio"
          [attr.aria-checked]="locale.code === store.locale()"
          [attr.lang]="locale.code"
          (click)="choose(locale.code)"
        >
          {{ locale.nativeName }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .current {
      margin-inline-start: 4px;
    }

    /* The button's label still names the language for screen readers. */
    @media (max-width: 599px) {
      .current {
        display: none;
      }
    }
  `,
})
export class LocaleSwitcher {
  protected readonly store = inject(LocaleStore);
  protected readonly locales = Object.values(LOCALE_INFO);
  private readonly session = inject(SessionStore);

  protected async choose(locale: Locale): Promise<void> {
    this.store.use(locale);
    try {
      await this.session.saveLocale(locale);
    } catch {
      // The language is in use and kept in this browser; the account keeps its old one until the next switch.
    }
  }
}
