import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { filter } from 'rxjs';
import { NotificationsApi } from './notifications.api';

/** How often the bell asks for its count while someone is signed in: once a minute. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The bell's count of unread notifications. It is asked for while someone is signed in (and has no one-time
 * password to replace): at once, every {@link UNREAD_POLL_MS} while the tab is visible, and after each
 * navigation; it stops, and forgets the count, at sign-out. A failed poll keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCount {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<number | null>(null);
  private timer: ReturnType<typeof setInterval> | null = null;

  /** Null while nobody is signed in or before the first answer. */
  readonly count = this.current.asReadonly();
  /** Whether the bell is shown and its count kept. */
  readonly active = computed(() => this.session.signedIn() && !this.session.passwordChangeRequired());

  constructor() {
    effect(() => {
      const active = this.active();
      untracked(() => (active ? this.start() : this.stop()));
    });
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.refresh());
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Asks the API again, unless nobody is signed in or the tab is hidden. */
  async refresh(): Promise<void> {
    if (!this.active() || this.document.visibilityState === 'hidden') return;
    try {
      const { unread } = await this.api.unread();
      if (this.active()) this.current.set(unread);
    } catch {
      // The next poll tries again; the bell keeps showing the last count meanwhile.
    }
  }

  /** Takes the count a write answered with, so the bell follows at once. */
  set(unread: number): void {
    if (this.active()) this.current.set(unread);
  }

  /** Marks one notification read (once: one already read is left alone). */
  async markRead(notification: { id: string; readAt: string | null }): Promise<void> {
    if (notification.readAt) return;
    this.set((await this.api.markRead(notification.id)).unread);
  }

  async markAllRead(): Promise<void> {
    this.set((await this.api.markAllRead()).unread);
  }

  private start(): void {
    this.stop();
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), UNREAD_POLL_MS);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.current.set(null);
  }
}
