import { sniffFileType } from './sniff-file-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffFileType', () => {
  it('recognises documents and images by their first bytes', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n'), 'report.bin')?.mediaType).toBe('application/pdf');
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x')?.mediaType).toBe(
      'image/png',
    );
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'x')?.mediaType).toBe('image/jpeg');
    expect(sniffFileType(bytes('GIF89a'), 'x')?.mediaType).toBe('image/gif');
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x')?.mediaType).toBe('image/webp');
  });

  it('accepts a ZIP or OLE container only as an office document', () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(sniffFileType(zip, 'stats.xlsx')?.extension).toBe('xlsx');
    expect(sniffFileType(zip, 'archive.zip')).toBeNull();
    expect(sniffFileType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc')?.mediaType).toBe(
      'application/msword',
    );
  });

  it('refuses a program or script whatever it is called', () => {
    expect(sniffFileType(bytes('MZ\x90\x00'), 'photo.png')).toBeNull();
    expect(sniffFileType(bytes('<script>alert(1)</script>'), 'report.pdf')).toBeNull();
  });
});
