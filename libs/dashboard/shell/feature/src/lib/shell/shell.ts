import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BidiModule } from '@angular/cdk/bidi';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { LocaleStore, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { filter, map } from 'rxjs';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { activeNavPath, navItemsFor } from '../nav-items';
import { AccountMenu } from './account-menu';
import { LocaleSwitcher } from './locale-switcher';
import { NotificationBell } from './notification-bell';

/** The frame around every page: toolbar with the bell, navigation (a drawer on phones) and the language menu. */
@Component({
  selector: 'pr-shell',
  imports: [
    BidiModule,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    RouterOutlet,
    RouterLink,
    TranslatePipe,
    LocaleSwitcher,
    AccountMenu,
    NotificationBell,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly locale = inject(LocaleStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  // Nothing to navigate to until a one-time password is replaced: the guard would bring the person back.
  protected readonly items = computed(() =>
    this.session.passwordChangeRequired() ? [] : navItemsFor(this.session.user()),
  );
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  protected readonly active = computed(() => activeNavPath(this.items(), this.url()));
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly mode = computed(() => (this.handset() ? 'over' : 'side'));
}
