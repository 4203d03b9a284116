import { ChangeDetectionStrategy, Component, input, type Signal } from '@angular/core';
import type { NotificationPreferenceView } from '@prgauge/contracts';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { PreferenceTable, type PreferenceToggle } from './preference-table';

/** A table of choices being edited and saved (the data-access library's `PreferenceDraft` is one). */
export interface PreferenceEditing {
  /** Null until read. */
  readonly rows: Signal<readonly NotificationPreferenceView[] | null>;
  readonly loadFailed: Signal<boolean>;
  readonly busy: Signal<boolean>;
  /** Whether any box differs from what was read. */
  readonly changed: Signal<boolean>;
  readonly saved: Signal<boolean>;
  /** The last refusal, one line per problem, in the reader's language. */
  readonly problems: Signal<readonly string[]>;
  toggle(toggle: PreferenceToggle): void;
  save(): Promise<boolean>;
}

/** The preference table with its save button, what became of the save, and why it was refused. */
@Component({
  selector: 'pr-notification-preferences',
  imports: [MatButtonModule, PreferenceTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = editor();
    @if (e.loadFailed()) {
      <p class="problem" role="alert">{{ 'notificationPrefs.loadFailed' | t }}</p>
    }
    @if (e.rows(); as rows) {
      <pr-notification-preference-table
        [rows]="rows"
        [caption]="caption()"
        [disabled]="e.busy()"
        (toggled)="e.toggle($event)"
      />
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="e.busy() || !e.changed()" (click)="e.save()">
          {{ 'notificationPrefs.save' | t }}
        </button>
        @if (e.saved()) {
          <span role="status">{{ 'notificationPrefs.saved' | t }}</span>
        }
      </div>
      @for (p of e.problems(); track $index) {
        <p class="problem" role="alert">{{ p }}</p>
      }
    }
  `,
  styles: `
    .actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block-start: 0.75rem;
    }
    .problem {
      color: #b3261e;
    }
  `,
})
export class PreferenceEditor {
  readonly editor = input.required<PreferenceEditing>();
  readonly caption = input.required<string>();
}
