import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PublishSummary } from '@prgauge/contracts';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { stateBars, UNSCORED_SHOWN } from './publish-summary-model';

/**
 * What publishing will publish, shown in the confirmation: submissions by state as bars, coverage, the agencies
 * that get no score of their own, the warning of a period not yet ended, and why publishing is refused if it is.
 */
@Component({
  selector: 'pr-publish-summary',
  imports: [CalendarDayPipe, LocalizedPipe, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = summary();
    @if (s.refusal === 'cycles.nothing_approved') {
      <p class="refusal" role="alert">{{ 'admin.publish.nothingApproved' | t }}</p>
    }
    @if (!s.periodEnded) {
      <p class="warning" role="note">
        {{ 'admin.publish.periodNotEnded' | t: { date: (s.periodEnd | calendarDay) } }}
      </p>
    }
    @if (s.importedHistory) {
      <p class="muted">{{ 'admin.publish.importedHistory' | t }}</p>
    }
    <p class="coverage">
      {{
        (s.importedHistory ? 'admin.publish.coverageHistory' : 'admin.publish.coverage')
          | t
            : {
                approved: (s.approved | localNumber),
                scored: (s.scored | localNumber),
                expected: (s.expected | localNumber),
                percent: (s.coverage * 100 | localNumber),
              }
      }}
    </p>
    <ul class="bars" [attr.aria-label]="'admin.publish.byState' | t">
      @for (bar of bars(); track bar.state) {
        <li>
          <span class="label">{{
            (bar.state === 'none' ? 'admin.publish.noSubmission' : 'submissionStatus.' + bar.state) | t
          }}</span>
          <span class="track" aria-hidden="true"
            ><span class="fill fill-{{ bar.state }}" [style.inline-size.%]="bar.share * 100"></span
          ></span>
          <span class="count">{{ bar.count | localNumber }}</span>
        </li>
      }
    </ul>
    @if (s.unscored.length) {
      <p class="unscored-title">
        {{
          (s.importedHistory ? 'admin.publish.unscoredHistory' : 'admin.publish.unscored')
            | t: { count: (s.unscored.length | localNumber) }
        }}
      </p>
      <ul class="unscored">
        @for (u of shownUnscored(); track u.agencyId) {
          <li>
            {{ u.agencyCode }} · {{ u.agencyName | localized }}
            <span class="muted"
              >({{ (u.status ? 'submissionStatus.' + u.status : 'admin.publish.noSubmission') | t }})</span
            >
          </li>
        }
      </ul>
      @if (hiddenUnscored() > 0) {
        <p class="muted">
          {{ 'admin.publish.unscoredMore' | t: { count: (hiddenUnscored() | localNumber) } }}
        </p>
      }
    }
  `,
  styleUrl: './publish-summary.scss',
})
export class PublishSummaryView {
  readonly summary = input.required<PublishSummary>();

  protected readonly bars = computed(() => stateBars(this.summary()));
  protected readonly shownUnscored = computed(() => this.summary().unscored.slice(0, UNSCORED_SHOWN));
  protected readonly hiddenUnscored = computed(() => this.summary().unscored.length - UNSCORED_SHOWN);
}
