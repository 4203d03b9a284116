import { detectFileType, DOCUMENT_KINDS, extensionOfMediaType } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const asDocument = (content: Buffer, name: string) => detectFileType(content, name, DOCUMENT_KINDS);

describe('detectFileType', () => {
  it('recognises documents and images by their first bytes', () => {
    expect(asDocument(bytes('%PDF-1.7\n'), 'report.bin')).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
    expect(asDocument(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x')?.mediaType).toBe(
      'image/png',
    );
    expect(asDocument(bytes([0xff, 0xd8, 0xff, 0xe0]), 'x')?.mediaType).toBe('image/jpeg');
    expect(asDocument(bytes('GIF89a'), 'x')?.mediaType).toBe('image/gif');
    expect(asDocument(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x')?.mediaType).toBe('image/webp');
  });

  it('accepts a ZIP or OLE container only as an office document', () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(asDocument(zip, 'stats.xlsx')?.extension).toBe('xlsx');
    expect(asDocument(zip, 'letter.docx')?.kind).toBe('office');
    expect(asDocument(zip, 'archive.zip')).toBeNull();
    expect(asDocument(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc')?.mediaType).toBe(
      'application/msword',
    );
  });

  it('takes a ZIP under any name as a workbook where only workbooks and CSV are accepted', () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectFileType(zip, 'register', ['csv', 'xlsx'])?.kind).toBe('xlsx');
    expect(detectFileType(zip, 'register.docx', ['csv', 'xlsx'])).toBeNull();
  });

  it('takes text as CSV only where CSV is accepted', () => {
    expect(detectFileType(bytes('code,name\nA,B\n'), 'list.txt', ['csv'])?.kind).toBe('csv');
    expect(detectFileType(bytes([0xff, 0xfe, 0x41, 0]), 'list.csv', ['csv'])?.kind).toBe('csv');
    expect(detectFileType(bytes('code\0name'), 'list.csv', ['csv'])).toBeNull();
    expect(asDocument(bytes('code,name\nA,B\n'), 'list.csv')).toBeNull();
    // An empty file is an empty CSV where CSV is accepted, for the import to say it has no rows; no document.
    expect(detectFileType(bytes(''), 'values.csv', ['csv', 'xlsx'])?.kind).toBe('csv');
    expect(asDocument(bytes(''), 'evidence.pdf')).toBeNull();
  });

  it('refuses a program or script whatever it is called', () => {
    expect(asDocument(bytes('MZ\x90\x00'), 'photo.png')).toBeNull();
    expect(asDocument(bytes('<script>alert(1)</script>'), 'report.pdf')).toBeNull();
    expect(detectFileType(bytes('MZ\x90\x00'), 'list.csv', ['csv'])).toBeNull();
  });
});

describe('extensionOfMediaType', () => {
  it('names the extension of a job result, ZIP archives and types with parameters included', () => {
    expect(extensionOfMediaType('application/zip')).toBe('zip');
    expect(extensionOfMediaType('text/csv; charset=utf-8')).toBe('csv');
    expect(extensionOfMediaType('application/octet-stream')).toBeNull();
  });
});
