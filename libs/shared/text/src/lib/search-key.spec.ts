import { asciiDigits, searchDocument, searchKey, searchMatches } from './search-key';

const ZWNJ = '\u200c';

describe('searchKey', () => {
  it.each([
    ['Arabic Yeh', 'شهرداري', 'شهرداری'],
    ['Alef Maksura', 'مصطفى', 'مصطفی'],
    ['Arabic Kaf', 'الكترونيك', 'الکترونیک'],
    ['Kaf and Yeh in one phrase', 'كميته ارزيابي عملكرد', 'کمیته ارزیابی عملکرد'],
    ['Teh Marbuta', 'مدرسة', 'مدرسه'],
    ['Heh with Yeh above', 'خانۀ', 'خانه'],
    ['Heh Goal', 'روزنامہ', 'روزنامه'],
    ['a ZWNJ and a space', `می${ZWNJ}خواهم`, 'می خواهم'],
    ['a ZWNJ and nothing', `کتابخانه${ZWNJ}ها`, 'کتابخانهها'],
    ['a ZWNJ and an Arabic Yeh with a space', `شاخص${ZWNJ}های`, 'شاخص هاي'],
    ['runs of spaces and a no-break space', 'روابط  عمومي\u00a0استانداری', 'روابط عمومی استانداری'],
    ['Persian digits', 'کمیته‌های ۵ گانه', 'کمیته های 5 گانه'],
    ['Arabic-Indic digits', '٦٤١٨', '6418'],
    ['harakat', 'مُدِيرٌ', 'مدیر'],
    ['tatweel', 'مـــدیـر', 'مدیر'],
    ['madda and hamza seats', 'آموزش رئیس', 'اموزش رییس'],
    ['Arabic presentation forms', '\ufee3\ufeaa\ufef3\ufeae', 'مدیر'],
    ['bidi marks', '\u200fشهرداری\u200e', 'شهرداری'],
    ['ё and е', 'Фёдоров Пётр', 'федоров петр'],
    ['capital Ё', 'ЁЛКИ', 'елки'],
    ['case', 'Калужской ОБЛАСТИ', 'калужской области'],
    ['a stress mark', 'Алма́ты', 'Алматы'],
    ['guillemets and dots', '«NewsHub.Kz»', 'newshub kz'],
    ['straight and curly quotes', '"Казинформ"', '“казинформ”'],
    ['a hyphen and a space', 'пресс-секретарь', 'пресс секретарь'],
    ['a Kazakh capital', 'ЖЕТІСУ', 'Жетісу'],
    ['Latin accents', 'Café Société', 'cafe societe'],
  ])('folds %s', (_what, typed, stored) => {
    expect(searchKey(typed)).toBe(searchKey(stored));
  });

  it.each([
    ['й and и', 'Мой', 'Мои'],
    ['Й and И in capitals', 'АЙЗАДА', 'АИЗАДА'],
    ['Kazakh ә and а', 'әкім', 'аким'],
    ['Kazakh қ and к', 'қала', 'кала'],
    ['Kazakh і and и', 'Жетісу', 'Жетису'],
    ['Kazakh ұ and у', 'ұлт', 'улт'],
    ['Persian Peh and Beh', 'پژوهش', 'بژوهش'],
    ['different digits', '۷ گانه', '5 گانه'],
  ])('keeps %s apart', (_what, a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });

  it('keeps й as one letter, lower-cased', () => {
    expect(searchKey('Кузнецов Егор Викторович, АЙЗАДА')).toBe('кузнецовегорвикторовичайзада');
  });

  it('gives only letters and digits, so a SQL LIKE pattern needs no escaping', () => {
    expect(searchKey('100% _a\\b* (ok)')).toBe('100abok');
  });

  it('is empty for text without letters or digits', () => {
    expect(searchKey(` ${ZWNJ}«»؟، - `)).toBe('');
  });

  it('is stable: a key is its own key', () => {
    for (const text of ['مـدیرکل روابط عمومي', 'Фёдоров', 'АЙЗАДА', '«NewsHub.Kz» ۲۰۲۳']) {
      expect(searchKey(searchKey(text))).toBe(searchKey(text));
    }
  });
});

describe('searchMatches', () => {
  const names = ['روابط عمومی استانداری خراسان جنوبی', 'Отдел по связям с общественностью', null];

  it('finds part of a name typed with other letter forms and separators', () => {
    expect(searchMatches('عمومي استانداري', names)).toBe(true);
    expect(searchMatches('связям с ОБЩЕСТВЕННОСТЬЮ', names)).toBe(true);
    expect(searchMatches('خراسان‌جنوبی', names)).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(searchMatches('شهرداری', names)).toBe(false);
    expect(searchMatches('отдел кадров', names)).toBe(false);
  });

  it('matches everything on a search without letters or digits', () => {
    expect(searchMatches('  ', names)).toBe(true);
    expect(searchMatches('«»', [])).toBe(true);
  });

  it('matches nothing among no texts', () => {
    expect(searchMatches('отдел', [null, undefined])).toBe(false);
  });
});

describe('searchDocument', () => {
  const document = searchDocument(['KER-01', null, 'شهرداري كرمان', '«»', 'Объединённая редакция']);

  it('joins the keys of the texts with single spaces, skipping empty ones', () => {
    expect(document).toBe('ker01 شهرداریکرمان объединеннаяредакция');
  });

  it('holds a search key of part of one text, and none that runs across two', () => {
    expect(document.includes(searchKey('شهرداری کرمان'))).toBe(true);
    expect(document.includes(searchKey('01 شهرداری'))).toBe(false);
  });
});

describe('asciiDigits', () => {
  it('writes Persian and Arabic-Indic digits as ASCII and leaves the rest as typed', () => {
    expect(asciiDigits('۱۴۰۵/۰۹/۰۹')).toBe('1405/09/09');
    expect(asciiDigits('١٤٠٥-٩ Ok ي')).toBe('1405-9 Ok ي');
  });
});
