import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NotificationsApi, PreferenceDraft } from '@prgauge/dashboard-notifications-data-access';
import { PreferenceTable } from '@prgauge/dashboard-notifications-ui';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * The region's default choice of notifications per kind and channel, which its director keeps: accounts of the
 * region that made no choice of their own follow it.
 */
@Component({
  selector: 'pr-region-notification-defaults',
  imports: [MatButtonModule, PreferenceTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2>{{ 'org.notificationDefaults.title' | t }}</h2>
      <p class="hint">{{ 'org.notificationDefaults.hint' | t }}</p>
      @if (defaults.loadFailed()) {
        <p class="error" role="alert">{{ 'org.notificationDefaults.loadFailed' | t }}</p>
      }
      @if (defaults.rows(); as rows) {
        <pr-notification-preference-table
          [rows]="rows"
          [caption]="'org.notificationDefaults.title' | t"
          [disabled]="defaults.busy()"
          (toggled)="defaults.toggle($event)"
        />
        <div class="actions">
          <button
            mat-flat-button
            type="button"
            [disabled]="defaults.busy() || !defaults.changed()"
            (click)="defaults.save()"
          >
            {{ 'org.notificationDefaults.save' | t }}
          </button>
          @if (defaults.saved()) {
            <span role="status">{{ 'org.notificationDefaults.saved' | t }}</span>
          }
        </div>
        @for (p of defaults.problems(); track $index) {
          <p class="error" role="alert">{{ p }}</p>
        }
      }
    </section>
  `,
  styles: `
    .hint {
      opacity: 0.75;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block-start: 0.75rem;
    }
  `,
})
export class RegionNotificationDefaults {
  readonly regionId = input.required<string>();
  private readonly api = inject(NotificationsApi);
  protected readonly defaults = new PreferenceDraft({
    load: () => this.api.regionDefaults(this.regionId()),
    save: (choices) => this.api.saveRegionDefaults(this.regionId(), choices),
  });

  constructor() {
    effect(() => {
      this.regionId();
      void this.defaults.load();
    });
  }
}
