import { computed, inject, signal } from '@angular/core';
import type { NotificationPreferenceChoice, NotificationPreferenceView } from '@prgauge/contracts';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { changedChoices, withToggle, type PreferenceToggle } from './preference-choices';

/** Where a table of choices is read from and saved to: one's own, or a region's defaults. */
export interface PreferenceSource {
  load(): Promise<NotificationPreferenceView[]>;
  save(choices: NotificationPreferenceChoice[]): Promise<NotificationPreferenceView[]>;
}

/**
 * A table of choices per kind and channel being edited: the boxes as ticked now, saved as the kinds that
 * changed, with the API's refusal worded per kind in the reader's language. Create it in a field initialiser
 * (it injects).
 */
export class PreferenceDraft {
  private readonly translations = inject(TranslationService);
  private read: NotificationPreferenceView[] = [];
  private sent: NotificationPreferenceChoice[] = [];
  /** A refusal names `preferences[i].…`: the i-th kind sent. */
  private readonly write = new WriteState((field) => {
    const index = /^preferences\[(\d+)\]/.exec(field)?.[1];
    const kind = index === undefined ? undefined : this.sent[Number(index)]?.kind;
    return kind ? this.translations.t(`notificationKind.${kind}`) : undefined;
  });

  /** Null until read. */
  readonly rows = signal<NotificationPreferenceView[] | null>(null);
  readonly loadFailed = signal(false);
  readonly saved = signal(false);
  readonly busy = this.write.busy;
  readonly problems = this.write.problems;
  readonly changed = computed(() => changedChoices(this.read, this.rows() ?? []).length > 0);

  constructor(private readonly source: PreferenceSource) {}

  async load(): Promise<void> {
    try {
      this.take(await this.source.load());
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }

  toggle(toggle: PreferenceToggle): void {
    this.rows.update((rows) => (rows ? withToggle(rows, toggle) : rows));
    this.saved.set(false);
  }

  /** Saves the kinds that changed; true when they were saved. */
  async save(): Promise<boolean> {
    this.sent = changedChoices(this.read, this.rows() ?? []);
    if (this.sent.length === 0) return true;
    const ok = await this.write.run(async () => this.take(await this.source.save(this.sent)));
    this.saved.set(ok);
    return ok;
  }

  private take(rows: NotificationPreferenceView[]): void {
    this.read = rows;
    this.rows.set(rows);
  }
}
