import { cleanFileName, quotedFileName } from './file-name';

describe('cleanFileName', () => {
  it('ends the name with the extension of the detected type', () => {
    expect(cleanFileName('report.html', 'pdf')).toBe('report.pdf');
    expect(cleanFileName('report', 'pdf')).toBe('report.pdf');
    expect(cleanFileName('отчёт за 2026.PDF', 'pdf')).toBe('отчёт за 2026.pdf');
    expect(cleanFileName('scan.jpeg', 'jpg')).toBe('scan.jpg');
  });

  it('removes controls and every character that reorders text', () => {
    expect(cleanFileName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf');
    const hidden = [
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    expect(cleanFileName(`a${hidden.join('')}b\u0000\r\n\t\u0085.pdf`, 'pdf')).toBe('ab.pdf');
  });

  it('keeps Persian joiners and replaces path separators and quotes', () => {
    expect(cleanFileName('می\u200Cخواهم.pdf', 'pdf')).toBe('می\u200Cخواهم.pdf');
    expect(cleanFileName('../../etc/"passwd".pdf', 'pdf')).toBe('_.._etc__passwd_.pdf');
  });

  it('names a file that had no visible name, and caps the length', () => {
    expect(cleanFileName('\u202E.html', 'pdf')).toBe('file.pdf');
    expect(cleanFileName(`${'я'.repeat(300)}.pdf`, 'pdf')).toBe(`${'я'.repeat(196)}.pdf`);
  });

  it('quotes a refused file by the name it was sent under, without hidden characters or a made-up extension', () => {
    expect(quotedFileName('گزارش.exe')).toBe('گزارش.exe');
    expect(quotedFileName('دستگاه‌ها')).toBe('دستگاه‌ها');
    expect(quotedFileName('evil\u202Efdp.exe')).toBe('evilfdp.exe');
    expect(quotedFileName('\u202E')).toBe('file');
    expect(quotedFileName('я'.repeat(300))).toBe('я'.repeat(200));
  });
});
