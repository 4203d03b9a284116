import { encode } from 'iconv-lite';
import { ApiException } from '../api-error';
import { decodeCsvText } from './text-encoding';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiException ? error.code : error;
  }
};

describe('decodeCsvText', () => {
  it('reads UTF-8 with or without BOM, and UTF-16 with a BOM', () => {
    expect(decodeCsvText(Buffer.from('\uFEFFcode;name\nA;Акимат', 'utf8'))).toBe('code;name\nA;Акимат');
    expect(decodeCsvText(Buffer.from('code,name\nA,دانشگاه', 'utf8'))).toBe('code,name\nA,دانشگاه');
    expect(decodeCsvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,б', 'utf16le')]))).toBe(
      'a,б',
    );
  });

  it('reads what Russian Excel saves as Windows-1251', () => {
    const text = 'code;name_ru\nA;Городская больница № 5\nB;Акимат села Жаркент\n';
    expect(decodeCsvText(encode(text, 'windows-1251'))).toBe(text);
  });

  it('refuses other legacy encodings, naming the problem, rather than guessing', () => {
    const persian = encode('code;name_fa\nX;دانشگاه علوم پزشکی تهران\nY;شهرداری منطقه\n', 'windows-1256');
    expect(codeOf(() => decodeCsvText(persian))).toBe('upload.unknown_encoding');
    expect(codeOf(() => decodeCsvText(Buffer.from([0x41, 0x2c, 0x80, 0x81, 0x98, 0x0a])))).toBe(
      'upload.unknown_encoding',
    );
  });
});
