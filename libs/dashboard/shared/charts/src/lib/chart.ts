import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-registry';

/**
 * A chart.js canvas. The configuration is an input: a new value updates the chart in place, so a slider or a
 * filter animates the bars instead of redrawing the page. `label` is what a screen reader hears; the numbers
 * themselves are always in a table next to the chart.
 */
@Component({
  selector: 'pr-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: var(--pr-chart-height, 320px);
    }
  `,
})
export class ChartComponent {
  readonly config = input.required<ChartConfiguration>();
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    afterRenderEffect(() => {
      const config = this.config();
      if (!this.chart) {
        this.chart = new Chart(this.canvas().nativeElement, config);
        return;
      }
      this.chart.data = config.data;
      if (config.options) this.chart.options = config.options;
      this.chart.update();
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
