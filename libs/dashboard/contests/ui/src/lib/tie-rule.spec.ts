import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { CONTEST_RULE_TEXTS } from './i18n/contest-rule-texts';
import { TieRule, tieRuleLines } from './tie-rule';

describe('a nomination tie rule in words', () => {
  it('says places are shared by default, and names the mode’s candidates without a result', () => {
    expect(tieRuleLines('vote', []).map((l) => l.key)).toEqual([
      'contestRules.tie.shared',
      'contestRules.unranked.vote',
      'contestRules.winners',
    ]);
  });

  it('lists a chain’s steps in the organiser’s order', () => {
    expect(tieRuleLines('combined', ['votes', 'jury_score'])[0]).toEqual({
      key: 'contestRules.tie.chain',
      steps: ['votes', 'jury_score'],
    });
  });

  it('reads in Russian: a vote-before-jury chain, then the earlier application', () => {
    TestBed.configureTestingModule({ providers: [provideTranslations(CONTEST_RULE_TEXTS)] });
    const fixture = TestBed.createComponent(TieRule);
    fixture.componentRef.setInput('mode', 'combined');
    fixture.componentRef.setInput('tieBreaks', ['votes', 'jury_score', 'earlier_application']);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain(
      'Равные результаты различают по правилам: больше голосов, затем более высокая оценка жюри, затем более ранняя заявка;',
    );
  });
});
