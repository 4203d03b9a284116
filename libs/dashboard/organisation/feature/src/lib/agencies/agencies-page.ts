import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { AgencyView, PeerGroupView, RegionView } from '@prgauge/contracts';
import { OrganisationAdminApi, OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, LocalNumberPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue, Pager, ReadFailed, windowOf } from '@prgauge/dashboard-shared-ui';
import { failureOf, type Failure } from '../shared/field-problems';
import { SectionTabs } from '../shared/section-tabs';
import { AgencyForm } from './agency-form';
import { picksRegion } from '../shared/national-manager';
import { agencyQueryOf } from './agency-filter';

/** The regions one may see with all their peer groups, for names and pickers. */
interface Organisation {
  regions: RegionView[];
  groups: PeerGroupView[];
}

/** What the form on top of the list does: add an agency, edit one, or nothing. */
type Editing = { kind: 'new' } | { kind: 'edit'; agency: AgencyView } | null;

/**
 * The agencies of the region (of every region, for a national admin), searched and filtered by state in the
 * address, a page at a time; managers add, edit, retire and restore them here and import them from a file.
 */
@Component({
  selector: 'pr-org-agencies-page',
  imports: [
    ReadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
    Pager,
    SectionTabs,
    AgencyForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agencies-page.html',
  styleUrl: './agencies.scss',
})
export class AgenciesPage {
  protected readonly inputValue = inputValue;
  readonly search = input<string>();
  readonly state = input<string>();
  readonly region = input<string>();
  readonly offset = input<string>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly organisationApi = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);
  private readonly router = inject(Router);

  protected readonly query = computed(() =>
    agencyQueryOf({
      search: this.search(),
      state: this.state(),
      region: this.region(),
      offset: this.offset(),
    }),
  );
  protected readonly agencies = resource({
    params: () => this.query(),
    loader: ({ params }) =>
      this.api.agencyPage({ limit: params.limit, offset: params.offset }, params.filter),
  });
  protected readonly organisation = resource({
    params: () => this.session.user()?.id,
    loader: async (): Promise<Organisation> => {
      const regions = await this.organisationApi.regions();
      const groups = (await Promise.all(regions.map((r) => this.api.peerGroups(r.id)))).flat();
      return { regions, groups };
    },
  });
  /** The regions and peer groups offered by the filters and the agency form: empty choices would mislead. */
  protected readonly organisationRefusal = readRefusal(this.organisation);

  protected readonly national = computed(() => picksRegion(this.session.user()?.role));
  protected readonly ownRegionId = computed(() => this.session.user()?.regionId ?? null);
  protected readonly mayCreate = computed(() => this.session.can('agency.create'));
  protected readonly mayUpdate = (agency: AgencyView) =>
    this.session.can('agency.update', { regionId: agency.regionId });

  private readonly groupsById = computed(
    () =>
      new Map((this.organisation.hasValue() ? this.organisation.value().groups : []).map((g) => [g.id, g])),
  );
  private readonly regionsById = computed(
    () =>
      new Map((this.organisation.hasValue() ? this.organisation.value().regions : []).map((r) => [r.id, r])),
  );
  protected readonly groupOf = (id: string | null) => (id ? this.groupsById().get(id) : undefined);
  protected readonly regionOf = (id: string) => this.regionsById().get(id);

  protected readonly editing = signal<Editing>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly windowOf = windowOf;

  /** A new filter starts again from the first page. */
  protected choose(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: { ...params, offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }

  protected saved(): void {
    this.editing.set(null);
    this.agencies.reload();
  }

  /** Retires an active agency or restores a retired one; the audit log keeps both. */
  protected async setActive(agency: AgencyView, active: boolean): Promise<void> {
    this.busy.set(agency.id);
    this.failure.set(null);
    try {
      await this.api.updateAgency(agency.id, { version: agency.version, active });
      this.agencies.reload();
    } catch (error) {
      this.failure.set(failureOf(apiProblemOf(error), this.refusals));
      this.agencies.reload();
    } finally {
      this.busy.set(null);
    }
  }
}
