import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegisterFile } from './register-file';

describe('parseRegisterFile, XLSX as Excel types it', () => {
  it('reads a formula by its cached result and a duration typed as 1:30 as hours, rounded as the register rounds', async () => {
    const workbook = readFileSync(
      join(__dirname, '../../../test/fixtures/locale/attendance-excel-typed-hours.xlsx'),
    );
    const { rows, problems } = await parseRegisterFile('xlsx', workbook);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.hours])).toEqual([
      [2, 1.5],
      [3, 1.67],
      [4, 1.5],
    ]);
  });
});
