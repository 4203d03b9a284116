import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ScoringMode, TieBreak } from '@prgauge/contracts';
import { TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';

/** One sentence of a nomination's tie rule: a dictionary key, and for a chain its steps in order. */
export interface TieRuleLine {
  key: string;
  steps?: TieBreak[];
}

/**
 * A nomination's tie rule in words, as the API applies it (`rankNomination` in the contests' results):
 * equal scores share the place or go through the chain; candidates with no result share the place after the
 * last with one; a shared last winning place makes everyone on it a winner.
 */
export function tieRuleLines(mode: ScoringMode, tieBreaks: readonly TieBreak[]): TieRuleLine[] {
  return [
    tieBreaks.length
      ? { key: 'contestRules.tie.chain', steps: [...tieBreaks] }
      : { key: 'contestRules.tie.shared' },
    { key: `contestRules.unranked.${mode}` },
    { key: 'contestRules.winners' },
  ];
}

/** The tie rule of one nomination, as sentences, for the contest's public rules and the nomination form. */
@Component({
  selector: 'pr-tie-rule',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (line of lines(); track line.key) {
      <span class="line">{{ line.key | t: { steps: stepsOf(line) } }}</span>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .line + .line::before {
      content: ' ';
    }
  `,
})
export class TieRule {
  readonly mode = input.required<ScoringMode>();
  readonly tieBreaks = input.required<readonly TieBreak[]>();

  private readonly texts = inject(TranslationService);
  protected readonly lines = computed(() => tieRuleLines(this.mode(), this.tieBreaks()));

  /** The chain's steps in the reader's language, joined by "then". */
  protected stepsOf(line: TieRuleLine): string {
    return (line.steps ?? [])
      .map((s) => this.texts.t(`contestRules.step.${s}`))
      .join(this.texts.t('contestRules.then'));
  }
}
