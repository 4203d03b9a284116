import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { ApplicationView } from '@prgauge/contracts';
import { ContestsApi, ContestStore } from '@prgauge/dashboard-contests-data-access';
import { listableRegions, OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalDayPipe,
  LocaleStore,
  LocalMomentPipe,
  LocalizedPipe,
  RefusalText,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { fieldProblems } from '../shared/api-problems';
import {
  type ApplicationField,
  type ApplicationFormValue,
  applicationInputOf,
  applicationProblems,
  emptyApplication,
  publicApplicationInputOf,
} from './application-form-model';
import { AttachmentUploads } from './attachment-uploads';
import { StatedMeasures } from './stated-measures';
import { measuresAsked, statedMeasureProblems, statedMeasuresOf } from './stated-measures-model';

/** The fields typed as free text. */
type TextField = Exclude<ApplicationField, 'filedBy' | 'nominationIds' | 'agencyId' | 'personalDataConsent'>;

/**
 * The application form: filed by the candidate without signing in, or by a signed-in organisation on their
 * behalf. Files go up after the application is filed, each with its progress.
 */
@Component({
  selector: 'pr-apply-page',
  imports: [
    DayField,
    ReadFailed,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalDayPipe,
    LocalMomentPipe,
    AttachmentUploads,
    StatedMeasures,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply-page.html',
  styleUrl: './apply-page.scss',
})
export class ApplyPage {
  protected readonly inputValue = inputValue;
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsApi);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly refusals = inject(RefusalText);
  private readonly locales = inject(LocaleStore);
  private readonly organisation = inject(OrganisationApi);
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(ContestStore);

  protected readonly value = signal<ApplicationFormValue>(emptyApplication('candidate'));
  protected readonly files = signal<File[]>([]);
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverProblems = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly filed = signal<ApplicationView | null>(null);
  /** Lets a candidate without an account attach files to the application just filed. */
  protected readonly uploadToken = signal<string | null>(null);
  /** The private link's key, shown once after filing without an account. */
  protected readonly accessToken = signal<string | null>(null);
  /** The private link as the applicant keeps it: this dashboard's address of the link's page. */
  protected readonly privateLink = computed(() => {
    const token = this.accessToken();
    return token ? `${this.origin}/contests/application/${token}` : null;
  });

  /**
   * Staff filing for a candidate may name the evaluated agency the candidate works for: one of the contest's
   * regions' agencies, of their own region unless they are a national admin.
   */
  protected readonly agencies = resource({
    params: () => {
      const contest = this.store.contest.hasValue() ? this.store.contest.value() : undefined;
      if (!contest || !this.session.can('contest.application.file')) return undefined;
      return listableRegions(contest.regionIds, this.session.user()?.regionId);
    },
    loader: async ({ params }) =>
      (await Promise.all(params.map((regionId) => this.organisation.regionAgencies(regionId)))).flat(),
  });
  /** Without the agencies the field would vanish, as if the applicant had none to name. */
  protected readonly agenciesRefusal = readRefusal(this.agencies);

  protected readonly candidateFields: { key: TextField; autocomplete: string }[] = [
    { key: 'candidateName', autocomplete: 'name' },
    { key: 'candidatePosition', autocomplete: 'organization-title' },
    { key: 'candidateOrganisation', autocomplete: 'organization' },
  ];

  /** A candidate without an account leaves an email for the organisers' answer. */
  protected readonly contactFields = computed((): { key: TextField; autocomplete: string }[] =>
    this.session.signedIn()
      ? this.candidateFields
      : [...this.candidateFields, { key: 'contactEmail', autocomplete: 'email' }],
  );

  protected readonly textAreas: {
    key: 'description' | 'goal' | 'results' | 'links';
    label: string;
    hint?: string;
  }[] = [
    { key: 'description', label: 'contests.apply.description' },
    { key: 'goal', label: 'contests.apply.goal' },
    { key: 'results', label: 'contests.apply.results' },
    { key: 'links', label: 'contests.apply.links', hint: 'contests.apply.linksHint' },
  ];

  /** The candidate consents in the first person; an organisation filing for them vouches for their consent. */
  protected readonly consentText = computed(() =>
    this.value().filedBy === 'candidate'
      ? 'contests.apply.consent.candidate'
      : 'contests.apply.consent.organisation',
  );

  private readonly problems = computed(() => applicationProblems(this.value(), !this.session.signedIn()));

  // --- Measured criteria: the figures the chosen nominations ask for ---
  protected readonly measureTexts = signal<Record<string, string>>({});
  protected readonly asked = computed(() =>
    measuresAsked(
      this.store.contest.hasValue() ? this.store.contest.value().nominations : [],
      this.value().nominationIds,
    ),
  );
  private readonly measureProblems = computed(() => statedMeasureProblems(this.asked(), this.measureTexts()));
  protected readonly shownMeasureProblems = computed(() => (this.tried() ? this.measureProblems() : {}));
  protected readonly measuresServerProblem = computed(() => this.serverProblems()['measures'] ?? null);

  protected setMeasure({ key, text }: { key: string; text: string }): void {
    this.measureTexts.update((t) => ({ ...t, [key]: text }));
  }

  constructor() {
    effect(() => this.store.select(this.contestId()));
    effect(() => {
      if (this.session.signedIn()) this.patch({ filedBy: 'organisation' });
    });
  }

  /** The text to show next to a field: the form's own check once tried, else what the API said. */
  protected problem(field: ApplicationField): string | null {
    const own = this.tried() ? this.problems()[field] : undefined;
    return own ?? this.serverProblems()[field] ?? null;
  }

  protected patch(change: Partial<ApplicationFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  protected patchText(field: TextField, text: string): void {
    this.patch({ [field]: text });
  }

  protected toggleNomination(id: string, checked: boolean): void {
    const ids = this.value().nominationIds.filter((n) => n !== id);
    this.patch({ nominationIds: checked ? [...ids, id] : ids });
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.problems()).length || Object.keys(this.measureProblems()).length) return;
    this.busy.set(true);
    const measures = statedMeasuresOf(this.asked(), this.measureTexts());
    try {
      if (this.session.signedIn()) {
        this.filed.set(
          await this.api.fileApplication(this.contestId(), { ...applicationInputOf(this.value()), measures }),
        );
      } else {
        const receipt = await this.api.applyAsCandidate(this.contestId(), {
          ...publicApplicationInputOf(this.value(), this.locales.locale()),
          measures,
        });
        this.uploadToken.set(receipt.uploadToken);
        this.accessToken.set(receipt.accessToken);
        this.filed.set(receipt.application);
      }
      this.serverProblems.set({});
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(fieldProblems(problem, this.refusals));
      this.failure.set(
        problem.status === 400 && problem.details.length ? null : this.refusals.summary(problem),
      );
      if (problem.status === 409) this.store.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
