import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import type { CycleView } from '@prgauge/contracts';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** How many agencies have submitted and been approved in a cycle; a draft has no submissions yet. */
@Component({
  selector: 'pr-submission-counts',
  imports: [LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (counts(); as c) {
      <span class="counts">
        {{
          'admin.counts'
            | t
              : {
                  submitted: (c.submitted | localNumber),
                  approved: (c.approved | localNumber),
                  total: (c.total | localNumber),
                }
        }}
      </span>
    } @else {
      <span class="muted">—</span>
    }
  `,
  styles: `
    .counts {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class SubmissionCounts {
  readonly cycle = input.required<CycleView>();
  private readonly api = inject(SubmissionsApi);

  private readonly rows = resource({
    params: () => (this.cycle().status === 'draft' ? undefined : this.cycle().id),
    loader: ({ params }) => this.api.completeness(params),
  });

  /** Submitted counts everything past the draft: submitted, returned and approved. */
  protected readonly counts = computed(() => {
    const rows = this.rows.hasValue() ? this.rows.value() : null;
    if (!rows) return null;
    return {
      total: rows.length,
      submitted: rows.filter(
        (r) => r.state === 'submitted' || r.state === 'returned' || r.state === 'approved',
      ).length,
      approved: rows.filter((r) => r.state === 'approved').length,
    };
  });
}
