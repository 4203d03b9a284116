import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTabularFile, type TabularLimits } from './tabular-table';
import { isDurationFormat, isPercentFormat } from './xlsx-cells';

const LIMITS: TabularLimits = {
  maxRows: 100,
  archive: { maxEntries: 50, maxUncompressedBytes: 5 * 1024 * 1024 },
};

/** A workbook whose second row holds one cell of each type Excel stores, formatted as people format them. */
async function typedWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow([
    'number',
    'formula',
    'date',
    'duration',
    'long_duration',
    'time_number',
    'rich',
    'flag',
    'text',
  ]);
  const row = sheet.addRow([
    2.25,
    { formula: '100/60', result: 100 / 60 },
    new Date(Date.UTC(2026, 10, 29)),
    new Date(Date.UTC(1899, 11, 30, 1, 30)),
    31.5 / 24,
    0.75 / 24,
    { richText: [{ text: 'Press ' }, { font: { bold: true }, text: 'office' }] },
    true,
    '12,500',
  ]);
  row.getCell(2).numFmt = '0.00';
  row.getCell(3).numFmt = 'dd.mm.yyyy';
  row.getCell(4).numFmt = '[h]:mm';
  row.getCell(5).numFmt = '[h]:mm:ss';
  row.getCell(6).numFmt = 'h:mm';
  sheet.addRow([]);
  sheet.addRow(['after a blank row']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading an XLSX sheet by cell type', () => {
  it('gives numbers, cached formula results, dates as days and durations as hours, never 1899-12-30', async () => {
    const { table, problems } = await readTabularFile('xlsx', await typedWorkbook(), LIMITS);
    expect(problems).toEqual([]);
    expect(table?.source).toEqual({ format: 'xlsx', encoding: null, separator: null });
    expect(table?.sheet).toBe('Register');
    expect(table?.header).toEqual([
      'number',
      'formula',
      'date',
      'duration',
      'long_duration',
      'time_number',
      'rich',
      'flag',
      'text',
    ]);
    const [typed, later] = table?.rows ?? [];
    expect(typed.line).toBe(2);
    const [number, formula, date, duration, long, time, rich, flag, text] = typed.cells;
    expect([number, date, rich, flag, text]).toEqual([2.25, '2026-11-29', 'Press office', 'true', '12,500']);
    expect(formula).toBeCloseTo(1.6667, 4);
    expect(duration).toBeCloseTo(1.5, 9);
    expect(long).toBeCloseTo(31.5, 9);
    expect(time).toBeCloseTo(0.75, 9);
    expect(later).toEqual({ line: 4, cells: ['after a blank row'] });
  });

  it('reads a percent-formatted number as the number shown and names formulas without a usable value', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Percent');
    sheet.addRow(['shown', 'plain', 'div', 'now', 'fine']);
    const row = sheet.addRow([
      0.875,
      0.875,
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'NOW()' },
      { formula: '2*3', result: 6 },
    ]);
    row.getCell(1).numFmt = '0.0%';
    sheet.addRow([0.07]).getCell(1).numFmt = '0%';
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { table } = await readTabularFile('xlsx', content, LIMITS);
    const [first, second] = table?.rows ?? [];
    expect(first.cells).toEqual([87.5, 0.875, '', '', 6]);
    expect([...(first.formulasWithoutValue ?? new Map())]).toEqual([
      [2, '=1/0'],
      [3, '=NOW()'],
    ]);
    expect(second.cells).toEqual([7]);
    expect(isPercentFormat('"%" 0')).toBe(false);
  });

  it('stops one row past the limit and says so', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Big');
    sheet.addRow(['n']);
    for (let i = 0; i < 5; i++) sheet.addRow([i]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { table } = await readTabularFile('xlsx', content, { ...LIMITS, maxRows: 3 });
    expect([table?.rows.length, table?.overLimit]).toEqual([3, true]);
  });

  it('marks a CSV file over the limit as a workbook is marked, keeping its rows', async () => {
    const csv = Buffer.from('n\n1\n2\n3\n');
    expect((await readTabularFile('csv', csv, { ...LIMITS, maxRows: 3 })).table?.overLimit).toBe(false);
    const over = (await readTabularFile('csv', csv, { ...LIMITS, maxRows: 2 })).table;
    expect([over?.rows.length, over?.overLimit]).toEqual([3, true]);
  });

  it('answers a file that is no workbook as a problem of the file', async () => {
    const { table, problems } = await readTabularFile('xlsx', Buffer.from('PK not really'), LIMITS);
    expect(table).toBeNull();
    expect(problems).toMatchObject([{ field: 'file', code: 'field.format', params: { format: 'XLSX' } }]);
  });

  it('answers a damaged or cut workbook as a problem of the file, at once', async () => {
    const good = readFileSync(
      join(__dirname, '../../../../test/fixtures/locale/attendance-excel-typed-hours.xlsx'),
    );
    // Bytes 600–1200 fall inside the stored entries, the central directory is intact: the archive lists well
    // and its data is garbage. A file cut short loses the directory.
    const damaged = Buffer.from(good).fill(0x41, 600, 1200);
    for (const content of [damaged, good.subarray(0, 3000), Buffer.alloc(0)]) {
      const started = Date.now();
      const { table, problems } = await readTabularFile('xlsx', content, LIMITS);
      expect([table, Date.now() - started < 2000]).toEqual([null, true]);
      expect(problems).toMatchObject([{ field: 'file', code: 'field.format', params: { format: 'XLSX' } }]);
    }
  });
});

describe('isDurationFormat', () => {
  it('tells time and duration formats from dates and plain numbers', () => {
    expect(
      ['[h]:mm', 'h:mm', '[h]:mm:ss', 'mm:ss', 'h:mm AM/PM', '[Red][h]:mm'].map(isDurationFormat),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['0.00', 'General', 'dd.mm.yyyy', 'yyyy-mm-dd h:mm', '"hours" 0', '#,##0', undefined].map(
        isDurationFormat,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});
