import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { PeerGroups } from '../peer-groups/peer-groups';
import { SectionTabs } from '../shared/section-tabs';
import { RegionForm } from './region-form';
import { RegionHolidays } from './region-holidays';
import { RegionLetterhead } from './region-letterhead';
import { RegionNotificationDefaults } from './region-notification-defaults';

/**
 * One region: its settings and public holidays, which a national admin edits and a director reads, and its peer groups, which the
 * region's managers keep.
 */
@Component({
  selector: 'pr-org-region-page',
  imports: [
    MatProgressBarModule,
    RouterLink,
    LocalizedPipe,
    TranslatePipe,
    SectionTabs,
    RegionForm,
    PeerGroups,
    RegionHolidays,
    RegionLetterhead,
    RegionNotificationDefaults,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-page.html',
  styleUrl: './regions.scss',
})
export class RegionPage {
  readonly regionId = input.required<string>();

  private readonly api = inject(OrganisationApi);
  private readonly session = inject(SessionStore);

  protected readonly regions = resource({
    params: () => this.session.user()?.id,
    loader: () => this.api.regions(),
  });
  protected readonly region = computed(
    () => (this.regions.hasValue() ? this.regions.value() : []).find((r) => r.id === this.regionId()) ?? null,
  );
  /** The letterhead is the director's: it heads the reports they send out. */
  protected readonly mayEditLetterhead = computed(() =>
    this.session.can('region.letterhead.manage', { regionId: this.regionId() }),
  );
  /** The defaults of notifications are the director's, as the letterhead is. */
  protected readonly mayKeepNotificationDefaults = computed(() =>
    this.session.can('region.notification_defaults.manage', { regionId: this.regionId() }),
  );
  protected readonly mayEdit = computed(() =>
    this.session.can('region.update', { regionId: this.regionId() }),
  );
}
