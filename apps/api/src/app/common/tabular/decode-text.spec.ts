import { encode } from 'iconv-lite';
import { ApiException } from '../api-error';
import { decodeTabularText } from './decode-text';

/** The refusal a call throws: its code and the details it names, or what else it threw. */
const refusalOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    const body = error.getResponse() as { details: unknown[] };
    return { status: error.getStatus(), code: error.code, params: error.params, details: body.details };
  }
};

const RUSSIAN = 'code;name_ru\r\nA;Городская больница № 5\r\nB;Акимат села Жаркент\r\n';
const KAZAKH_IN_1251 = 'code;name_kk\nA;Жаркент ауылының әкімдігі\n';
/** Persian as Persian Windows writes it into Windows-1256: its Yeh is the Arabic one, the code page has no other. */
const PERSIAN_TYPED = 'code;name_fa\nX;دانشگاه علوم پزشکی تهران\nY;شهرداری منطقه یک\n';
const PERSIAN_SAVED = PERSIAN_TYPED.replace(/\u06cc/g, '\u064a');

describe('decodeTabularText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeTabularText(Buffer.from(`\uFEFF${RUSSIAN}`, 'utf8'))).toEqual({
      text: RUSSIAN,
      encoding: 'utf-8',
    });
    expect(decodeTabularText(Buffer.from(PERSIAN_TYPED, 'utf8'))).toEqual({
      text: PERSIAN_TYPED,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 little and big endian, with a byte-order mark or, for an ASCII header, without', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), encode(PERSIAN_TYPED, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), encode(RUSSIAN, 'utf-16be')]);
    expect(decodeTabularText(le)).toEqual({ text: PERSIAN_TYPED, encoding: 'utf-16le' });
    expect(decodeTabularText(be)).toEqual({ text: RUSSIAN, encoding: 'utf-16be' });
    expect(decodeTabularText(encode(RUSSIAN, 'utf-16le'))).toEqual({ text: RUSSIAN, encoding: 'utf-16le' });
    expect(decodeTabularText(encode(RUSSIAN, 'utf-16be'))).toEqual({ text: RUSSIAN, encoding: 'utf-16be' });
  });

  it('reads what Russian Excel saves as Windows-1251 in Cyrillic', () => {
    expect(decodeTabularText(encode(RUSSIAN, 'windows-1251'))).toEqual({
      text: RUSSIAN,
      encoding: 'windows-1251',
    });
  });

  it('reads Kazakh saved as Windows-1251, whose missing letters Excel writes as question marks', () => {
    const saved = encode(KAZAKH_IN_1251, 'windows-1251');
    expect(decodeTabularText(saved)).toEqual({
      text: 'code;name_kk\nA;Жаркент ауылыны? ?кімдігі\n',
      encoding: 'windows-1251',
    });
  });

  it('reads what Persian Excel saves as Windows-1256 in Persian, with the Persian Yeh back', () => {
    const saved = encode(PERSIAN_SAVED, 'windows-1256');
    expect(saved.includes(0x3f)).toBe(false);
    expect(decodeTabularText(saved)).toEqual({ text: PERSIAN_TYPED, encoding: 'windows-1256' });
  });

  it('tells the two code pages apart even for one short word', () => {
    expect(decodeTabularText(encode('a;Мир\n', 'windows-1251')).encoding).toBe('windows-1251');
    expect(decodeTabularText(encode('a;کار\n', 'windows-1256')).encoding).toBe('windows-1256');
  });

  it('refuses bytes that read as no script, naming the first line that is not UTF-8', () => {
    const file = Buffer.concat([
      Buffer.from('code,name_en\nA,Plain\n'),
      Buffer.from([0x42, 0x2c, 0x80, 0x81, 0x98, 0x0a]),
    ]);
    expect(refusalOf(() => decodeTabularText(file))).toEqual({
      status: 400,
      code: 'file.undecodable',
      params: { line: 3 },
      details: [
        {
          field: 'file',
          code: 'file.undecodable_line',
          params: { line: 3 },
          problems: ['line 3 is not UTF-8, UTF-16, Windows-1251 or Windows-1256 text'],
        },
      ],
    });
  });

  it('refuses a UTF-8 file with one line pasted in from Windows-1251, naming that line', () => {
    const file = Buffer.concat([
      Buffer.from('code;name_ru\nA;Городская больница\n', 'utf8'),
      encode('B;Акимат села Жаркент\n', 'windows-1251'),
    ]);
    expect(refusalOf(() => decodeTabularText(file))).toMatchObject({
      code: 'file.undecodable',
      params: { line: 3 },
    });
  });

  it('refuses Cyrillic UTF-8 cut in the middle of a letter rather than reading it as Persian signs', () => {
    const utf8 = Buffer.from('code;name_ru\nA;Городская больница\n', 'utf8');
    const cut = Buffer.concat([utf8.subarray(0, utf8.length - 2), Buffer.from('\n')]);
    expect(refusalOf(() => decodeTabularText(cut))).toMatchObject({ params: { line: 2 } });
  });

  it('refuses a UTF-8 file that ends in the middle of a letter, however few letters came before', () => {
    for (const text of ['code;name_kk\nA;Қа', 'code;name_ru\nA;Ё', 'code,name_fa\nA,ی'])
      for (const cut of [1, 2].map((n) => Buffer.from(text, 'utf8').subarray(0, -n)))
        if (cut.toString('utf8').endsWith('\uFFFD'))
          expect([JSON.stringify(text), refusalOf(() => decodeTabularText(cut))]).toMatchObject([
            JSON.stringify(text),
            { code: 'file.undecodable', params: { line: 2 } },
          ]);
  });
});
