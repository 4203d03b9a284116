import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ChartComponent } from '@prgauge/dashboard-shared-charts';
import type { ChartConfiguration } from 'chart.js';

/** One figure of the report: its chart beside the table of the same numbers, which the page projects. */
@Component({
  selector: 'pr-report-section',
  imports: [ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ heading() }}</h2>
      <div class="pair">
        <div class="chart" [style.--pr-chart-height]="height()">
          <pr-chart [config]="config()" [label]="label()" />
        </div>
        <!-- A long table scrolls on its own; keyboard users need to reach it to scroll it. -->
        <div class="scroll" tabindex="0" role="region" [attr.aria-label]="tableLabel()">
          <ng-content />
        </div>
      </div>
    </section>
  `,
  styleUrl: './report-section.scss',
})
export class ReportSection {
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly config = input.required<ChartConfiguration>();
  /** What a screen reader hears for the chart. */
  readonly label = input.required<string>();
  readonly height = input('18rem');
  /** What a screen reader hears for the scrolling table beside the chart. */
  readonly tableLabel = input.required<string>();
}
