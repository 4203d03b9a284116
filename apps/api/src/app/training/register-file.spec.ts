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

describe('parseRegisterFile, cells past the header', () => {
  it('refuses hours "1,5" left unquoted in a comma-separated file, naming the row, rather than reading 1', async () => {
    const file = Buffer.from('participant_name,hours\r\nIvanov Ivan,2\r\nPetrova Anna,1,5\r\n');
    expect(await parseRegisterFile('csv', file)).toMatchObject({
      rows: [],
      problems: [
        {
          field: 'row 3, columns',
          code: 'field.too_many',
          params: { max: 2, unit: 'columns' },
          problems: ['has 3 cells; the header names 2 columns'],
        },
      ],
    });
  });
});
