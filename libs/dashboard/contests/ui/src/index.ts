export { TieRule, tieRuleLines, type TieRuleLine } from './lib/tie-rule';
export { CONTEST_RULE_TEXTS } from './lib/i18n/contest-rule-texts';
