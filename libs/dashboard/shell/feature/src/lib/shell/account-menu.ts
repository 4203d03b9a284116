import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { can } from '@prgauge/permissions';

/**
 * Sign-in for visitors; for a signed-in person, their name, role, their own account (email address), a password
 * change and sign-out.
 */
@Component({
  selector: 'pr-account-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.user(); as user) {
      <button
        mat-button
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="('account.label' | t) + ': ' + (user.displayName || ('role.' + user.role | t))"
      >
        <mat-icon aria-hidden="true">account_circle</mat-icon>
        <!-- An account without a name (the first admin) reads as its role, in the reader's language. -->
        <span class="name">{{ user.displayName || ('role.' + user.role | t) }}</span>
      </button>
      <mat-menu #menu="matMenu">
        <p class="role" mat-menu-item disabled>{{ 'role.' + user.role | t }}</p>
        @if (!session.passwordChangeRequired()) {
          <a mat-menu-item routerLink="/account">
            <mat-icon aria-hidden="true">manage_accounts</mat-icon>{{ 'account.own' | t }}
          </a>
        }
        @if (mayFollowJobs()) {
          <a mat-menu-item routerLink="/jobs">
            <mat-icon aria-hidden="true">pending_actions</mat-icon>{{ 'account.jobs' | t }}
          </a>
        }
        @if (!session.passwordChangeRequired()) {
          <button mat-menu-item type="button" (click)="changePassword()">
            <mat-icon aria-hidden="true">password</mat-icon>{{ 'account.changePassword' | t }}
          </button>
        }
        <button mat-menu-item type="button" (click)="signOut()">
          <mat-icon aria-hidden="true">logout</mat-icon>{{ 'account.signOut' | t }}
        </button>
      </mat-menu>
    } @else {
      <a mat-button routerLink="/sign-in"
        ><mat-icon aria-hidden="true">login</mat-icon>{{ 'account.signIn' | t }}</a
      >
    }
  `,
  styles: `
    @media (max-width: 599px) {
      .name {
        display: none;
      }
    }
  `,
})
export class AccountMenu {
  protected readonly session = inject(SessionStore);
  /** Staff who may start background jobs follow them from here; jurors and journalists have none. */
  protected readonly mayFollowJobs = computed(() => can(this.session.user(), 'job.read'));
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** Loads the dialog with its library on first use, so it costs the first page nothing. */
  protected async changePassword(): Promise<void> {
    const { openChangePasswordDialog } = await import('@prgauge/dashboard-auth-feature');
    openChangePasswordDialog(this.injector);
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/rankings');
  }
}
