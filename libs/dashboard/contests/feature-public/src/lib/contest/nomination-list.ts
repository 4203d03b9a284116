import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { criterionShares, type NominationView, weightsAddUp } from '@prgauge/contracts';
import {
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { MoneyPipe } from '../shared/money';

/**
 * The nominations with their places, prize, scoring mode, and criteria (jury or measured from applications)
 * with their weights and the shares of the score really used.
 */
@Component({
  selector: 'pr-nomination-list',
  imports: [TranslatePipe, LocalizedPipe, LocalNumberPipe, LocalPercentPipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="nominations-title">
      <h2 id="nominations-title">{{ 'contests.nominations' | t }}</h2>
      <ul class="nominations">
        @for (n of nominations(); track n.id) {
          <li>
            <h3>{{ n.name | localized }}</h3>
            <p class="facts">
              <span>{{
                'contests.mode.' + n.scoringMode
                  | t
                    : {
                        jury: (n.juryShare * 100 | localNumber),
                        votes: ((1 - n.juryShare) * 100 | localNumber),
                      }
              }}</span>
              <span>{{ 'contests.places' | t: { count: (n.places | localNumber) } }}</span>
              @if (n.prizeAmount !== null) {
                <span>{{ 'contests.prize' | t }}: {{ n.prizeAmount | money: n.prizeCurrency }}</span>
              }
            </p>
            @if (n.criteria.length) {
              <p class="criteria-title">{{ 'contests.criteria' | t }}</p>
              <ul class="criteria">
                @for (c of n.criteria; track c.key; let i = $index) {
                  <li>
                    {{ c.name | localized }}
                    @if (c.kind === 'measured') {
                      <span class="weight"
                        >({{ 'contests.criteria.measured' | t: { unit: (c.unit ?? {} | localized) } }} ·
                        {{ 'contests.criteria.' + (c.normalisation ?? 'min_max') | t }})</span
                      >
                    }
                    <span class="weight">× {{ c.weight | localNumber: (c.weight % 1 ? 1 : 0) }}</span>
                    <strong class="share">{{ shares().get(n.id)?.[i] ?? 0 | localPercent }}</strong>
                  </li>
                }
              </ul>
              @if (!addsUp().get(n.id)) {
                <p class="weight">{{ 'contests.criteria.sharesNote' | t }}</p>
              }
            }
          </li>
        } @empty {
          <li>{{ 'contests.noNominations' | t }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .card {
      background: #fff;
      border: 1px solid #e0e3ea;
      border-radius: 8px;
      padding: 1rem;
      margin-block-end: 1rem;
      h2 {
        margin-block: 0 0.75rem;
        font-size: 1.125rem;
      }
    }
    .nominations {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
      > li {
        padding: 0.75rem;
        border: 1px solid #eceef3;
        border-radius: 6px;
      }
    }
    h3 {
      margin: 0 0 0.4rem;
      font-size: 1rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      font-size: 0.9rem;
      color: #4a4f58;
    }
    .criteria-title {
      margin: 0.5rem 0 0.25rem;
      font-size: 0.85rem;
      font-weight: 600;
    }
    .criteria {
      margin: 0;
      padding-inline-start: 1.25rem;
      font-size: 0.9rem;
    }
    .weight {
      color: #4a4f58;
    }
    .share {
      margin-inline-start: 0.25rem;
    }
  `,
})
export class NominationList {
  readonly nominations = input.required<NominationView[]>();
  /** Each criterion's share of the score in percent, by nomination: weights are relative. */
  protected readonly shares = computed(
    () => new Map(this.nominations().map((n) => [n.id, criterionShares(n.criteria).map((s) => s * 100)])),
  );
  protected readonly addsUp = computed(
    () => new Map(this.nominations().map((n) => [n.id, weightsAddUp(n.criteria)])),
  );
}
