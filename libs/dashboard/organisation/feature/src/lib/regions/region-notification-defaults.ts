import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { NotificationsApi, PreferenceDraft } from '@prgauge/dashboard-notifications-data-access';
import { PreferenceEditor } from '@prgauge/dashboard-notifications-ui';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * The region's default choice of notifications per kind and channel, which its director keeps: accounts of the
 * region that made no choice of their own follow it.
 */
@Component({
  selector: 'pr-region-notification-defaults',
  imports: [PreferenceEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2>{{ 'org.notificationDefaults.title' | t }}</h2>
      <p class="hint">{{ 'org.notificationDefaults.hint' | t }}</p>
      <pr-notification-preferences [editor]="defaults" [caption]="'org.notificationDefaults.title' | t" />
    </section>
  `,
  styles: `
    .hint {
      opacity: 0.75;
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
