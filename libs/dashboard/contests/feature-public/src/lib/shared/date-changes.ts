import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ContestDateChange } from '@prgauge/contracts';
import { LocalMomentPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * Phase integrity on the public page: each change of the contest's dates that moved a phase over its data,
 * with the organisers' reason, so that applicants and voters see why a window moved.
 */
@Component({
  selector: 'pr-date-changes',
  imports: [TranslatePipe, LocalMomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (changes().length) {
      <section class="card" aria-labelledby="date-changes-title">
        <h2 id="date-changes-title">{{ 'contests.dateChanges.title' | t }}</h2>
        <ul>
          @for (change of changes(); track change.at) {
            <li>
              <p>
                {{ 'contests.dateChanges.when' | t: { at: (change.at | localMoment: timeZone()) } }}
                @for (f of change.fields; track f.field) {
                  <span>
                    {{ 'contests.dateChanges.field.' + f.field | t }}:
                    {{ f.old ? (f.old | localMoment: timeZone()) : '—' }} →
                    {{ f.new ? (f.new | localMoment: timeZone()) : '—' }}
                  </span>
                }
              </p>
              <p dir="auto">{{ 'contests.dateChanges.reason' | t: { reason: change.reason } }}</p>
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class DateChanges {
  readonly changes = input.required<ContestDateChange[]>();
  readonly timeZone = input.required<string>();
}
