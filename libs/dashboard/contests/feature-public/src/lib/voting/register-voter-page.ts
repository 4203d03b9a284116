import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { LIMITS, type RegisterVoterRequest, type VoterView } from '@prgauge/contracts';
import { ContestsApi, ContestStore } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { fieldProblems } from '../shared/api-problems';
import { MEDIA_ROLES, registrationProblems, type RegistrationValue } from './registration-model';

/**
 * Registration to vote, for journalists and bloggers: their outlet, role and a link to published work prove
 * they work in the media; the organisers verify it before the vote opens to them.
 */
@Component({
  selector: 'pr-register-voter-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-voter-page.html',
  styleUrl: './register-voter-page.scss',
})
export class RegisterVoterPage {
  protected readonly inputValue = inputValue;
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsApi);
  private readonly refusals = inject(RefusalText);
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(ContestStore);
  protected readonly roles = MEDIA_ROLES;
  /** Visitors and journalists register; anyone else signed in must sign out first, as the API decides. */
  protected readonly mayRegister = computed(() => this.session.can('contest.voter.register'));

  protected readonly accountFields: {
    key: 'login' | 'password' | 'displayName';
    type: string;
    autocomplete: string;
    maxLength: number;
  }[] = [
    { key: 'displayName', type: 'text', autocomplete: 'name', maxLength: LIMITS.personName.max },
    { key: 'login', type: 'text', autocomplete: 'username', maxLength: LIMITS.login.max },
    { key: 'password', type: 'password', autocomplete: 'new-password', maxLength: LIMITS.password.max },
  ];
  protected readonly outletMaxLength = LIMITS.outlet.max;

  protected readonly value = signal<RegistrationValue>({
    login: '',
    password: '',
    displayName: '',
    outlet: '',
    mediaRole: '',
    workLink: '',
    personalDataConsent: false,
  });
  protected readonly document = signal<File | null>(null);
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverProblems = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly registered = signal<VoterView | null>(null);
  /** Received, but the new account could not be signed in: the login may have been someone else's. */
  protected readonly received = signal(false);
  /** How sending the document went: a translation key, and the refusal's reason when it was refused. */
  protected readonly documentOutcome = signal<{ key: string; reason: string | null } | null>(null);

  private readonly problems = computed(() => registrationProblems(this.value(), !this.session.signedIn()));

  constructor() {
    effect(() => this.store.select(this.contestId()));
  }

  protected problem(field: keyof RegistrationValue): string | null {
    return (this.tried() ? this.problems()[field] : undefined) ?? this.serverProblems()[field] ?? null;
  }

  protected patch(field: Exclude<keyof RegistrationValue, 'personalDataConsent'>, text: string): void {
    this.value.update((v) => ({ ...v, [field]: text }));
  }

  protected consent(given: boolean): void {
    this.value.update((v) => ({ ...v, personalDataConsent: given }));
  }

  protected chooseDocument(event: Event): void {
    this.document.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.problems()).length) return;
    const v = this.value();
    const account: Pick<RegisterVoterRequest, 'login' | 'password' | 'displayName'> = this.session.signedIn()
      ? {}
      : { login: v.login.trim(), password: v.password, displayName: v.displayName.trim() };
    const body: RegisterVoterRequest = {
      ...account,
      outlet: v.outlet.trim(),
      mediaRole: v.mediaRole,
      workLink: v.workLink.trim(),
      personalDataConsent: v.personalDataConsent,
    };
    this.busy.set(true);
    try {
      await this.api.registerVoter(this.contestId(), body);
      this.serverProblems.set({});
      // A new account signs in at once, so that it can attach its document and later vote. The receipt is
      // the same for a login that was taken, and then this sign-in is where the difference shows.
      if (account.login && account.password && !(await this.signInQuietly(account.login, account.password))) {
        this.received.set(true);
        return;
      }
      const voter = (await this.api.ballot(this.contestId())).voter;
      if (!voter) {
        this.received.set(true);
        return;
      }
      this.registered.set(voter);
      await this.sendDocument(voter);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(fieldProblems(problem, this.refusals));
      this.failure.set(
        problem.status === 400 && problem.details.length ? null : this.refusals.summary(problem),
      );
    } finally {
      this.busy.set(false);
    }
  }

  private async signInQuietly(login: string, password: string): Promise<boolean> {
    try {
      await this.session.signIn(login, password);
      return true;
    } catch {
      return false;
    }
  }

  private async sendDocument(voter: VoterView): Promise<void> {
    const file = this.document();
    if (!file) return;
    try {
      await this.api.uploadVoterDocument(voter.id, file);
      this.documentOutcome.set({ key: 'contests.register.documentSent', reason: null });
    } catch (error) {
      this.documentOutcome.set({
        key: 'contests.register.documentFailed',
        reason: this.refusals.summary(apiProblemOf(error)),
      });
    }
  }
}
