import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { OutboxApi } from '@prgauge/dashboard-admin-data-access';
import { LocalMomentPipe, READER_TIME_ZONE, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { Pager, windowOf } from '@prgauge/dashboard-shared-ui';

/** Rows per page of the outbox. */
export const OUTBOX_PAGE_SIZE = 25;

/**
 * The outgoing mail, newest first, with each message's state; a message opens below the list with its text part
 * and its HTML part as the reader's mail program shows it.
 */
@Component({
  selector: 'pr-admin-outbox-page',
  imports: [LocalMomentPipe, MatButtonModule, MatProgressBarModule, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
})
export class OutboxPage {
  private readonly api = inject(OutboxApi);
  private readonly sanitizer = inject(DomSanitizer);
  /** Message times are read on the reader's own clock. */
  protected readonly zone = inject(READER_TIME_ZONE);

  private readonly offset = signal(0);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly messages = resource({
    params: () => ({ offset: this.offset() }),
    loader: ({ params }) => this.api.list({ limit: OUTBOX_PAGE_SIZE, offset: params.offset }),
  });
  protected readonly window = computed(() =>
    this.messages.hasValue() ? windowOf(this.messages.value()) : null,
  );
  protected readonly opened = resource({
    params: () => this.selectedId() ?? undefined,
    loader: ({ params }) => this.api.get(params),
  });
  /**
   * The message's HTML for the frame's `srcdoc`, as it was sent. Trusted only because the frame is sandboxed with
   * no permission at all: no scripts, no forms, no pop-ups, and an origin of its own.
   */
  protected readonly html = computed<SafeHtml | null>(() =>
    this.opened.hasValue() ? this.sanitizer.bypassSecurityTrustHtml(this.opened.value().html) : null,
  );

  protected move(offset: number): void {
    this.selectedId.set(null);
    this.offset.set(offset);
  }
}
