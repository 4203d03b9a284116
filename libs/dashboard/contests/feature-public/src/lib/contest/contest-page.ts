import { DateChanges } from '../shared/date-changes';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ContestsApi, ContestStore } from '@prgauge/dashboard-contests-data-access';
import { TieRule } from '@prgauge/dashboard-contests-ui';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalizedLangPipe,
  LocalizedPipe,
  LocalYearPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { PhaseTimeline } from '../shared/phase-timeline';
import { ContestResultsView } from './contest-results';
import { ContestStatisticsView } from './contest-statistics';
import { NominationList } from './nomination-list';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/** One contest: what it is, its phases and nominations, what the visitor can do now, and its published results. */
@Component({
  selector: 'pr-contest-page',
  imports: [
    ReadFailed,
    LocalYearPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalizedLangPipe,
    PhaseTimeline,
    NominationList,
    ContestResultsView,
    ContestStatisticsView,
    TieRule,
    DateChanges,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-page.html',
  styleUrl: './contest-page.scss',
})
export class ContestPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);
  protected readonly store = inject(ContestStore);

  protected readonly results = resource({
    params: () => {
      const contest = this.store.contest.hasValue() ? this.store.contest.value() : undefined;
      return contest?.phase === 'results_published' ? contest.id : undefined;
    },
    loader: ({ params }) => this.api.results(params),
  });

  protected readonly regions = resource({ loader: () => this.api.regions() });
  /** Without the regions the header would not say where the contest runs. */
  protected readonly regionsRefusal = readRefusal(this.regions);

  protected readonly regionNames = computed(() => {
    const regions = this.regions.hasValue() ? this.regions.value() : [];
    return (this.store.contest.hasValue() ? this.store.contest.value().regionIds : [])
      .map((id) => regions.find((r) => r.id === id))
      .filter((r) => r !== undefined)
      .map((r) => this.translations.pick(r.name))
      .join(', ');
  });

  /** What the visitor may do now, by phase and by the permissions map. */
  protected readonly actions = computed(() => {
    const contest = this.store.contest.hasValue() ? this.store.contest.value() : undefined;
    if (!contest || contest.phase === 'results_published') return [];
    const votingAhead = contest.votingEndAt !== null && Date.parse(contest.votingEndAt) > Date.now();
    // A visitor applies without an account; signed in, one files for one's region's agencies.
    const mayApply = this.session.signedIn()
      ? this.session.can('contest.application.file', contest)
      : this.session.can('contest.application.file_public');
    return [
      contest.phase === 'applications_open' && mayApply
        ? { path: 'apply', label: 'contests.action.apply', icon: 'edit_note' }
        : null,
      votingAhead && this.session.can('contest.voter.register')
        ? { path: 'register', label: 'contests.action.register', icon: 'how_to_reg' }
        : null,
      contest.votingOpen && this.session.canPersonally('contest.vote')
        ? { path: 'vote', label: 'contests.action.vote', icon: 'how_to_vote' }
        : null,
      this.session.canPersonally('contest.judge')
        ? { path: 'jury', label: 'contests.action.jury', icon: 'rate_review' }
        : null,
    ].filter((a) => a !== null);
  });

  /** Whether an anonymous visitor was refused a contest that is not published: they must sign in to see it. */
  protected readonly needsSignIn = computed(
    () => this.store.contest.error() !== undefined && !this.session.signedIn(),
  );

  constructor() {
    effect(() => this.store.select(this.contestId()));
  }
}
