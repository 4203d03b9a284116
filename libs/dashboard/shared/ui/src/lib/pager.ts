import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Page } from '@prgauge/contracts';
import { formatNumber, LocaleStore, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';

/** Where a page stands in its list: the window it shows and how many rows there are in all (or at least). */
export type PageWindowOf = Pick<Page<unknown>, 'total' | 'totalIsLowerBound' | 'limit' | 'offset'> & {
  shown: number;
};

/** The window of a page as the pager reads it. */
export const windowOf = (page: Page<unknown>): PageWindowOf => ({
  total: page.total,
  totalIsLowerBound: page.totalIsLowerBound,
  limit: page.limit,
  offset: page.offset,
  shown: page.items.length,
});

/**
 * "51–100 of 230", or "1–50 of more than 1,000" where the API counted only that far, with buttons to the previous and next page, for the lists that grow with an installation.
 * It emits the offset to go to; the screen keeps it (usually in the address) and loads that page.
 */
@Component({
  selector: 'pr-pager',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = page();
    <nav class="pager" [attr.aria-label]="label() ?? ('pager.label' | t)">
      @if (p.shown > 0) {
        <span class="range" role="status">{{ range() }}</span>
      }
      @if (hasPrevious() || hasNext()) {
        <button
          mat-icon-button
          type="button"
          [disabled]="!hasPrevious()"
          [attr.aria-label]="'pager.previous' | t"
          (click)="moved.emit(previousOffset())"
        >
          <mat-icon aria-hidden="true" class="flip">chevron_left</mat-icon>
        </button>
        <button
          mat-icon-button
          type="button"
          [disabled]="!hasNext()"
          [attr.aria-label]="'pager.next' | t"
          (click)="moved.emit(p.offset + p.limit)"
        >
          <mat-icon aria-hidden="true" class="flip">chevron_right</mat-icon>
        </button>
      }
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: 0.25rem;
      padding-block: 0.5rem;
    }
    .range {
      margin-inline-end: 0.5rem;
    }
    :host-context([dir='rtl']) .flip {
      transform: scaleX(-1);
    }
  `,
})
export class Pager {
  readonly page = input.required<PageWindowOf>();
  /** What the pages are of, for screen readers; "Pages" by default. */
  readonly label = input<string>();
  /** The offset of the page asked for. */
  readonly moved = output<number>();

  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);

  /** "51–100 of 230" (or "of more than 1,000"), in the reader's language and digits. */
  protected readonly range = computed(() => {
    const { offset, shown, total, totalIsLowerBound } = this.page();
    const number = (n: number) => formatNumber(this.locales.locale(), n);
    return this.translations.t(totalIsLowerBound ? 'pager.range_lower_bound' : 'pager.range', {
      from: number(offset + 1),
      to: number(offset + shown),
      total: number(total),
    });
  });
  protected readonly hasPrevious = computed(() => this.page().offset > 0);
  protected readonly hasNext = computed(() => this.page().offset + this.page().limit < this.page().total);
  /**
   * The page before this one; from past the end (an offset typed in the address), the last page that has rows, so
   * one click gets back instead of one per page skipped. Past the end the API's total is exact: it counted no rows.
   */
  protected readonly previousOffset = computed(() => {
    const { offset, limit, total, shown } = this.page();
    const previous = offset - limit;
    const lastPage = total > 0 ? Math.floor((total - 1) / limit) * limit : 0;
    return Math.max(0, shown === 0 && offset >= total ? Math.min(previous, lastPage) : previous);
  });
}
