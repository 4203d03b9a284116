import { ChangeDetectionStrategy, Component, computed, input, output, type Resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { NotificationView, Page } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { NotificationItem, type NotificationOpened } from './notification-item';

/** A list of notifications as the bell's panel and the notifications page show it, while loading and failing too. */
@Component({
  selector: 'pr-notification-list',
  imports: [MatProgressBarModule, NotificationItem, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
    @if (failed()) {
      <p class="empty" role="alert">{{ 'bell.loadFailed' | t }}</p>
    } @else if (items(); as items) {
      @for (n of items; track n.id) {
        <pr-notification-item [notification]="n" (opened)="opened.emit($event)" />
      } @empty {
        <p class="empty">{{ 'bell.none' | t }}</p>
      }
    }
  `,
  styles: `
    .empty {
      padding: 1rem;
      margin: 0;
    }
  `,
})
export class NotificationList {
  /** The page being read: the list shows its items, its first loading and its failure. */
  readonly page = input.required<Resource<Page<NotificationView> | undefined>>();
  readonly opened = output<NotificationOpened>();
  // A resource in error throws on reading its value: ask whether it has one first.
  protected readonly items = computed(() =>
    this.page().hasValue() ? this.page().value()?.items : undefined,
  );
  protected readonly loading = computed(() => this.page().isLoading() && !this.items());
  protected readonly failed = computed(() => !!this.page().error());
}
