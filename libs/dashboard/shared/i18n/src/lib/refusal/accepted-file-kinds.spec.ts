import { ACCEPTED_FILE_KINDS, type AcceptedFileKind, type Locale } from '@prgauge/contracts';
import en from '../errors/en.json';
import fa from '../errors/fa.json';
import kk from '../errors/kk.json';
import ru from '../errors/ru.json';
import { paramsForDisplay, paramValueKey } from './refusal-params';

const TEXTS: Record<Locale, Record<string, string>> = { ru, kk, fa, en };
const wordingIn = (locale: Locale) => ({
  lookUp: (key: string) => TEXTS[locale][key],
  readerZone: 'Asia/Tehran',
});
const kinds = Object.keys(ACCEPTED_FILE_KINDS) as AcceptedFileKind[];

describe('the kinds of file a refused upload names', () => {
  it('are worded in every language', () => {
    const missing = (['ru', 'kk', 'fa', 'en'] as const).flatMap((locale) =>
      kinds.filter((kind) => !TEXTS[locale][paramValueKey('accepted', kind)]).map((k) => `${locale}: ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('read in Persian without a Latin letter, from the English words the API sends', () => {
    for (const kind of kinds) {
      const params = { fileName: 'گزارش', accepted: ACCEPTED_FILE_KINDS[kind] };
      const shown = paramsForDisplay('fa', params, wordingIn('fa'));
      expect(shown['accepted']).toBe(fa[paramValueKey('accepted', kind) as keyof typeof fa]);
      expect(shown['accepted']).not.toMatch(/[A-Za-z]/);
    }
  });

  it('leave words that name no known kind as sent', () => {
    const shown = paramsForDisplay('fa', { accepted: 'a spreadsheet' }, wordingIn('fa'));
    expect(shown['accepted']).toBe('a spreadsheet');
  });
});
