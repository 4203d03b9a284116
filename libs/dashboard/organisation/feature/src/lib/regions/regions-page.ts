import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { SectionTabs } from '../shared/section-tabs';
import { RegionForm } from './region-form';

/** The regions one may see (all, for a national admin, who also adds regions here), each opening its settings. */
@Component({
  selector: 'pr-org-regions-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    LocalizedPipe,
    TranslatePipe,
    SectionTabs,
    RegionForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-page.html',
  styleUrl: './regions.scss',
})
export class RegionsPage {
  private readonly api = inject(OrganisationApi);
  private readonly session = inject(SessionStore);

  protected readonly regions = resource({
    params: () => this.session.user()?.id,
    loader: () => this.api.regions(),
  });
  protected readonly mayCreate = computed(() => this.session.can('region.create'));
}
