import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ContestResults, NominationResult } from '@prgauge/contracts';
import { LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { MoneyPipe } from '../shared/money';
import { nominationTable, sharedBy } from './result-places';

/**
 * Each nomination's ranking: place (marked when shared), person, organisation, project, the vote count and the
 * weighted jury total (the mean of the jurors' weighted totals) as the mode has them, and the prize; multiple
 * winners stand out.
 */
@Component({
  selector: 'pr-contest-results',
  imports: [TranslatePipe, LocalizedPipe, LocalNumberPipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-results.html',
  styleUrl: './contest-results.scss',
})
export class ContestResultsView {
  readonly results = input.required<ContestResults>();
  protected readonly sharedBy = sharedBy;
  protected readonly tableOf = (n: NominationResult) => nominationTable(n);
}
