import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { NotificationChannel, NotificationKind, NotificationPreferenceView } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** One box ticked or cleared (the data-access library's `PreferenceToggle` has the same shape). */
export interface PreferenceToggle {
  kind: NotificationKind;
  channel: NotificationChannel;
  on: boolean;
}

/**
 * What is told by which channel: one row per kind, a box for the bell and one for email. A kind that cannot be
 * turned off shows its boxes fixed, with why. The screen holding the rows saves them.
 */
@Component({
  selector: 'pr-notification-preference-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="preferences">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'notificationPrefs.kind' | t }}</th>
          @for (channel of channels; track channel) {
            <th scope="col">{{ 'notificationPrefs.' + channel | t }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.kind) {
          @let kindName = 'notificationKind.' + row.kind | t;
          <tr>
            <th scope="row">
              {{ kindName }}
              @if (!row.optional) {
                <span class="fixed">{{ 'notificationPrefs.always' | t }}</span>
              }
            </th>
            @for (channel of channels; track channel) {
              <td>
                <input
                  type="checkbox"
                  [checked]="row[channel]"
                  [disabled]="disabled() || !row.optional"
                  [attr.aria-label]="kindName + ': ' + ('notificationPrefs.' + channel | t)"
                  (change)="toggled.emit({ kind: row.kind, channel, on: checked($event) })"
                />
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './preference-table.scss',
})
export class PreferenceTable {
  readonly rows = input.required<readonly NotificationPreferenceView[]>();
  readonly caption = input.required<string>();
  readonly disabled = input(false);
  readonly toggled = output<PreferenceToggle>();
  protected readonly channels = ['app', 'email'] as const;

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
