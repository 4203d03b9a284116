import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { criterionKind, criterionShares, type NominationResult, weightsAddUp } from '@prgauge/contracts';
import {
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';

/**
 * What the organiser checks in one nomination before publishing: the criteria with the shares really used,
 * the applications whose jurors disagree beyond the nomination's threshold (with each juror's total), and
 * the measured values still unverified, which count as 0. Shown on the preview only; the API sends none of
 * it with published results.
 */
@Component({
  selector: 'pr-criteria-review',
  imports: [TranslatePipe, LocalizedPipe, LocalNumberPipe, LocalPercentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-review.html',
  styleUrl: './criteria-review.scss',
})
export class CriteriaReview {
  readonly result = input.required<NominationResult>();

  protected readonly criteria = computed(() => {
    const criteria = this.result().nomination.criteria;
    const shares = criterionShares(criteria);
    return criteria.map((c, i) => ({ ...c, kind: criterionKind(c), share: shares[i] * 100 }));
  });
  protected readonly addsUp = computed(() => weightsAddUp(this.result().nomination.criteria));
  protected readonly weightTotal = computed(() =>
    this.result().nomination.criteria.reduce((sum, c) => sum + c.weight, 0),
  );
  protected readonly disagreements = computed(() => this.result().rows.filter((r) => r.review?.disagreement));
  protected readonly unverified = computed(() =>
    this.result().rows.filter((r) => r.review?.unverified.length),
  );
  protected readonly hasMeasured = computed(() => this.criteria().some((c) => c.kind === 'measured'));
}
