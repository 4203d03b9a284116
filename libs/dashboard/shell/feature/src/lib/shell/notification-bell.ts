import { CdkConnectedOverlay, CdkOverlayOrigin, type ConnectedPosition } from '@angular/cdk/overlay';
import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type Type } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { NavigationEnd, Router } from '@angular/router';
import { UnreadCount } from '@prgauge/dashboard-notifications-data-access';
import { formatNumber, LocaleStore, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { filter } from 'rxjs';

/** Under the bell, aligned to its end edge (the left in Persian); above it where there is no room below. */
const PANEL_POSITIONS: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -4 },
];

/**
 * The bell in the top bar, for signed-in people: the count of unread notifications, and a panel of the newest
 * ones. The panel's code is fetched when it first opens, so the first page carries only the button; following
 * any link (a notification's, "all notifications") closes it.
 */
@Component({
  selector: 'pr-notification-bell',
  imports: [CdkConnectedOverlay, CdkOverlayOrigin, MatButtonModule, MatIconModule, NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (bell.active()) {
      <button
        mat-icon-button
        type="button"
        class="bell"
        cdkOverlayOrigin
        #origin="cdkOverlayOrigin"
        aria-haspopup="dialog"
        [attr.aria-expanded]="open()"
        [attr.aria-label]="label()"
        (click)="toggle()"
      >
        <mat-icon aria-hidden="true">{{ unread() ? 'notifications_active' : 'notifications' }}</mat-icon>
        @if (unread()) {
          <span class="badge" aria-hidden="true">{{ badge() }}</span>
        }
      </button>
      <ng-template
        cdkConnectedOverlay
        [cdkConnectedOverlayOrigin]="origin"
        [cdkConnectedOverlayOpen]="open()"
        [cdkConnectedOverlayPositions]="positions"
        (overlayOutsideClick)="closeUnlessOn($event, origin.elementRef.nativeElement)"
        (overlayKeydown)="$event.key === 'Escape' && open.set(false)"
        (detach)="open.set(false)"
      >
        <ng-container *ngComponentOutlet="panel()" />
      </ng-template>
    }
  `,
  styles: `
    .bell {
      position: relative;
    }
    .badge {
      position: absolute;
      inset-block-start: 4px;
      inset-inline-end: 2px;
      min-inline-size: 18px;
      block-size: 18px;
      padding-inline: 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: #d32f2f;
      color: #fff;
      font-size: 11px;
      font-weight: 700;
      line-height: 18px;
      text-align: center;
    }
  `,
})
export class NotificationBell {
  protected readonly bell = inject(UnreadCount);
  private readonly locales = inject(LocaleStore);
  private readonly translations = inject(TranslationService);
  protected readonly open = signal(false);
  /** The panel's component, once its library has been fetched. */
  protected readonly panel = signal<Type<unknown> | null>(null);
  protected readonly positions = PANEL_POSITIONS;
  protected readonly unread = computed(() => this.bell.count() ?? 0);
  /** Up to 99 in the reader's digits; more reads "99+". */
  protected readonly badge = computed(() => {
    const shown = formatNumber(this.locales.locale(), Math.min(this.unread(), 99));
    return this.unread() > 99 ? `${shown}+` : shown;
  });
  protected readonly label = computed(() =>
    this.unread()
      ? this.translations.t('account.notificationsUnread', { count: this.badge() })
      : this.translations.t('account.notifications'),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  /** A click outside the panel closes it, except on the bell, whose own click toggles it. */
  protected closeUnlessOn(event: MouseEvent, bell: HTMLElement): void {
    if (!(event.target instanceof Node && bell.contains(event.target))) this.open.set(false);
  }

  /** Opens or closes the panel, fetching its library on the first opening. */
  protected async toggle(): Promise<void> {
    if (!this.panel()) {
      const { BellPanel } = await import('@prgauge/dashboard-notifications-feature');
      this.panel.set(BellPanel);
    }
    this.open.set(!this.open());
  }
}
