import { AUDIT_ACTIONS } from '@prgauge/contracts';
import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { auditActionKey } from '../audit-pipes';
import { AUDIT_TEXTS } from './audit-texts';

describe('audit texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = AUDIT_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });

  it('name every action the API records, in every language', () => {
    const unnamed = Object.entries(AUDIT_TEXTS).flatMap(([locale, texts]) =>
      AUDIT_ACTIONS.filter((action) => !(auditActionKey(action) in texts)).map((a) => `${locale}: ${a}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('name no action the API does not record', () => {
    const known = new Set<string>(AUDIT_ACTIONS.map(auditActionKey));
    const stray = Object.keys(AUDIT_TEXTS.en).filter((k) => k.startsWith('audit.action.') && !known.has(k));
    expect(stray).toEqual([]);
  });
});
