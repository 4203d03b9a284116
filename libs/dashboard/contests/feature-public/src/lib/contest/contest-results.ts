import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ContestResults } from '@prgauge/contracts';
import { LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { MoneyPipe } from '../shared/money';

/** Each nomination's ranking: place, person, organisation, project and prize; multiple winners stand out. */
@Component({
  selector: 'pr-contest-results',
  imports: [TranslatePipe, LocalizedPipe, LocalNumberPipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-results.html',
  styleUrl: './contest-results.scss',
})
export class ContestResultsView {
  readonly results = input.required<ContestResults>();
}
