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
import type { Chart, ChartConfiguration } from 'chart.js';

/** chart.js with its registered parts, fetched with the first chart drawn rather than with the page's code. */
let chartClass: Promise<typeof Chart> | undefined;
const loadChart = () => (chartClass ??= import('./chart-registry').then((m) => m.Chart));

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
  private destroyed = false;

  constructor() {
    afterRenderEffect(() => {
      const config = this.config();
      if (this.chart) {
        this.show(this.chart, config);
        return;
      }
      const canvas = this.canvas().nativeElement;
      void loadChart().then((ChartClass) => {
        if (this.destroyed) return;
        // The latest configuration wins: inputs may have changed while chart.js was loading.
        if (this.chart) this.show(this.chart, this.config());
        else this.chart = new ChartClass(canvas, this.config());
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
  }

  private show(chart: Chart, config: ChartConfiguration): void {
    chart.data = config.data;
    if (config.options) chart.options = config.options;
    chart.update();
  }
}
