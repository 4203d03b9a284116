import { type Caller } from '../../../test/support/fixtures';
import type { TestApp } from '../../../test/support/test-app';
import {
  dryRun,
  IMPORT_FRAMEWORK,
  openImportScene,
  workbookOf,
} from '../../../test/support/value-import-fixtures';

/**
 * How the value import reads numbers from files: percent cells and typed percents, cached formulas and typed
 * durations, decimal marks decided per indicator, signs, exponents and bidi marks. Dry runs only, into one open
 * cycle whose agencies have no values yet.
 */
describe('value import: the readings of numbers in files', () => {
  let testApp: TestApp;
  let director: Caller;
  let cycleId: string;

  beforeAll(async () => {
    ({ testApp, director, cycleId } = await openImportScene(IMPORT_FRAMEWORK));
  });
  afterAll(() => testApp.close());

  it('reads a percent cell as the number of percent: a 0.0% XLSX cell as shown, "12,5%" or "۱۲٪" as typed', async () => {
    const xlsx = await workbookOf(
      [
        ['agency_code', 'indicator_key', 'value'],
        ['A', 'web.answered', 0.875],
        ['B', 'web.answered', 0.07],
      ],
      'Data',
      { C2: '0.0%', C3: '0%' },
    );
    const fromXlsx = await dryRun(director, cycleId, 'percent.xlsx', xlsx);
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.changes.map((c) => [c.key, c.next])).toEqual([
      ['A/web.answered', 87.5],
      ['B/web.answered', 7],
    ]);
    const typed = ['12,5%', '12.5 %', '٪۱۲', '۱۲٪'];
    for (const value of typed) {
      const csv = Buffer.from(`agency_code;indicator_key;value\r\nC;web.answered;${value}\r\n`);
      const result = await dryRun(director, cycleId, 'percent.csv', csv);
      expect([value, result.problems, result.changes.map((c) => c.next)]).toEqual([
        value,
        [],
        [value.includes('5') ? 12.5 : 12],
      ]);
    }
    const notPercent = Buffer.from('agency_code;indicator_key;value\r\nC;media.releases;5%\r\n');
    const refused = await dryRun(director, cycleId, 'count.csv', notPercent);
    expect(refused.problems.map((p) => [`${p.column}${p.row}`, p.code])).toEqual([
      ['C2', 'file.not_a_number'],
    ]);
  });

  it('reads a template formula by its cached result, a duration typed 1:30 as hours, and "12,500" in a comma file as 12500', async () => {
    const wide = await workbookOf(
      [
        ['Код', 'Ведомство', 'Пресс-релизы'],
        ['agency_code', 'agency_name', 'media.releases'],
        ['A', 'Ведомство A', { formula: '100/60', result: 100 / 60 }],
        ['B', 'Ведомство B', 0.0625],
      ],
      'Data',
      { C4: '[h]:mm' },
    );
    const typed = await dryRun(director, cycleId, 'typed.xlsx', wide);
    expect([typed.problems, Object.fromEntries(typed.changes.map((c) => [c.key, c.next]))]).toEqual([
      [],
      { 'A/media.releases': 100 / 60, 'B/media.releases': 1.5 },
    ]);
    const long = Buffer.from(
      'agency_code,indicator_key,value\r\nA,media.releases,"12,500"\r\nB,media.releases,800\r\nC,media.releases,3\r\n',
    );
    const grouped = await dryRun(director, cycleId, 'grouped.csv', long);
    expect([grouped.problems, grouped.changes.map((c) => [c.key, c.next])]).toEqual([
      [],
      [
        ['A/media.releases', 12500],
        ['B/media.releases', 800],
        ['C/media.releases', 3],
      ],
    ]);
  });

  it("reads each indicator's numbers of a long file as a column of their own, refusing what the file leaves open", async () => {
    // A comma-separated file says "12,600" is twelve thousand six hundred; another indicator's "2,5" says a
    // decimal comma: the cell is refused with both readings, never read either way without a word.
    const comma = Buffer.from(
      'agency_code,indicator_key,value\r\nA,media.releases,"12,600"\r\nB,web.answered,"2,5"\r\n',
    );
    const refused = await dryRun(director, cycleId, 'comma.csv', comma);
    expect(refused.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [
        2,
        'C',
        'file.ambiguous_number',
        { indicator: 'media.releases', value: '12,600', thousands: 12600, decimal: 12.6 },
      ],
    ]);
    // Semicolons: the file's decimal comma decides; and an indicator's own cells decide before the file's.
    const semicolon = Buffer.from(
      'agency_code;indicator_key;value\r\nA;media.releases;12,600\r\nB;web.answered;2,5\r\nC;media.releases;1 250\r\n' +
        'A;web.answered;12,500\r\nC;web.answered;1.234,5\r\n',
    );
    const read = await dryRun(director, cycleId, 'semicolon.csv', semicolon);
    expect(read.problems.map((p) => [p.row, p.column, p.code])).toEqual([[6, 'C', 'field.too_large']]);
    expect(Object.fromEntries(read.changes.map((c) => [c.key, c.next]))).toEqual({
      'A/media.releases': 12.6,
      'B/web.answered': 2.5,
      'C/media.releases': 1250,
      'A/web.answered': 12.5,
    });
  });

  it('refuses numbers for the right reason, and reads bidi-marked numbers and «بلی»', async () => {
    const rows = [
      'A,media.releases,-5',
      'B,media.releases,-0',
      'C,media.releases,1e308',
      'A,web.answered,\u200f۴۵\u200f',
      'B,web.answered,\u061c-1',
      'C,web.live,بلی',
    ];
    const content = Buffer.from(['agency_code,indicator_key,value', ...rows].join('\r\n'));
    const result = await dryRun(director, cycleId, 'signs.csv', content);
    expect(result.problems.map((p) => [`${p.column}${p.row}`, p.code])).toEqual([
      ['C2', 'field.too_small'],
      ['C4', 'field.too_large'],
      ['C6', 'field.too_small'],
    ]);
    const next = Object.fromEntries([...result.changes].map((c) => [c.key, c.next]));
    expect(next['A/web.answered']).toBe(45);
    expect(next['C/web.live']).toBe(1);
    expect(Object.is(next['B/media.releases'] ?? 0, 0)).toBe(true);
  });
});
