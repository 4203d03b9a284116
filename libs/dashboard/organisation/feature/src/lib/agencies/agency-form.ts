import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AgencyView, Locale, PeerGroupView, RegionView } from '@prgauge/contracts';
import { OrganisationAdminApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, inputValue } from '@prgauge/dashboard-shared-ui';
import {
  failureOf,
  serverFieldProblems,
  withoutFields,
  type Failure,
  type FieldProblems,
} from '../shared/field-problems';
import { LocalizedFields } from '@prgauge/dashboard-shared-ui';
import {
  agencyFormProblems,
  agencyFormValueOf,
  createAgencyRequestOf,
  updateAgencyRequestOf,
  type AgencyFormValue,
} from './agency-form-model';

/** Creates an agency, or edits one (`agency` given): code, names, peer group and PR staff. */
@Component({
  selector: 'pr-agency-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedPipe,
    TranslatePipe,
    FieldErrors,
    LocalizedFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-form.html',
  styleUrl: './agencies.scss',
})
export class AgencyForm {
  protected readonly inputValue = inputValue;
  readonly agency = input<AgencyView | null>(null);
  /** Regions a national admin picks from for a new agency; empty for a director. */
  readonly regions = input<RegionView[]>([]);
  /** Every peer group the person may see; the form offers those of the agency's region. */
  readonly groups = input<PeerGroupView[]>([]);
  /** The director's own region, for a new agency's peer groups. */
  readonly ownRegionId = input<string | null>(null);
  readonly saved = output<AgencyView>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly refusals = inject(RefusalText);

  private readonly edited = signal<AgencyFormValue | null>(null);
  protected readonly value = computed(
    () => this.edited() ?? agencyFormValueOf(this.agency(), this.ownRegionId() ?? ''),
  );
  /** A national admin names the region of a new agency. */
  protected readonly picksRegion = computed(() => !this.agency() && this.regions().length > 0);
  protected readonly regionGroups = computed(() =>
    this.groups().filter((g) => g.regionId === this.value().regionId),
  );
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);

  private readonly ownProblems = computed(() => agencyFormProblems(this.value(), this.picksRegion()));
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  protected patch(change: Partial<AgencyFormValue>): void {
    const next = { ...this.value(), ...change };
    // Peer groups belong to a region: a new region empties the choice.
    if (change.regionId !== undefined) next.peerGroupId = '';
    this.edited.set(next);
    const fields = Object.keys(change).map((k) => (k === 'prStaff' ? 'attributes' : k));
    this.serverProblems.update((p) => withoutFields(p, [...fields, ...Object.keys(change)]));
  }

  protected setName(locale: Locale, text: string): void {
    this.patch({ name: { ...this.value().name, [locale]: text } });
  }

  protected async save(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.ownProblems()).length) return;
    this.saving.set(true);
    try {
      const agency = this.agency();
      const saved = agency
        ? await this.api.updateAgency(agency.id, updateAgencyRequestOf(this.value(), agency))
        : await this.api.createAgency(createAgencyRequestOf(this.value(), this.picksRegion()));
      this.saved.emit(saved);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
