import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ContestView } from '@prgauge/contracts';
import { LocalDayPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { timelineSteps } from './contest-timeline';

/** The contest's phases as a timeline with their dates; the current one is marked for eyes and screen readers. */
@Component({
  selector: 'pr-phase-timeline',
  imports: [LocalDayPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline" [attr.aria-label]="'contests.timeline.label' | t">
      @for (step of steps(); track step.key) {
        <li [class]="step.state" [attr.aria-current]="step.state === 'current' ? 'step' : null">
          <span class="dot" aria-hidden="true"></span>
          <span class="name">{{ 'contests.timeline.' + step.key | t }}</span>
          <span class="dates">
            @if (step.to) {
              {{ step.from | localDay: contest().timeZone }} – {{ step.to | localDay: contest().timeZone }}
            } @else if (step.from) {
              {{ step.from | localDay: contest().timeZone }}
            } @else {
              {{ 'contests.timeline.notYet' | t }}
            }
          </span>
          <span class="state">{{ 'contests.timeline.state.' + step.state | t }}</span>
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.5rem;
      padding: 0.6rem 0.75rem;
      border: 1px solid #e0e3ea;
      border-block-start: 4px solid #c5cad3;
      border-radius: 6px;
      background: #fff;
    }
    .dot {
      grid-row: span 3;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      margin-block-start: 0.3rem;
      border-radius: 50%;
      background: #c5cad3;
    }
    .name {
      font-weight: 600;
    }
    .dates,
    .state {
      font-size: 0.85rem;
      color: #4a4f58;
    }
    .done {
      border-block-start-color: #2e7d32;
      .dot {
        background: #2e7d32;
      }
    }
    .current {
      border-block-start-color: #1565c0;
      background: #eef4fc;
      .dot {
        background: #1565c0;
      }
      .state {
        color: #0d47a1;
        font-weight: 600;
      }
    }
  `,
})
export class PhaseTimeline {
  readonly contest = input.required<ContestView>();
  protected readonly steps = computed(() => timelineSteps(this.contest()));
}
