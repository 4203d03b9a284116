import { parsePublishedThenFile } from './published-then-file';

describe('parsePublishedThenFile', () => {
  it('reads totals and ranks by their columns', async () => {
    const file = Buffer.from('agency_code;total;rank\nA;12,5;1\nB;;2\n');
    expect(await parsePublishedThenFile('csv', file)).toEqual({
      rows: [
        { line: 2, agencyCode: 'A', total: 12.5, rank: 1 },
        { line: 3, agencyCode: 'B', total: null, rank: 2 },
      ],
      problems: [],
    });
  });

  it('refuses a total "12,5" split by the comma separator, naming the row, rather than reading 12 and rank 5', async () => {
    const file = Buffer.from('agency_code,total,rank\nA,12,5,3\nB,7,4\n');
    expect(await parsePublishedThenFile('csv', file)).toEqual({
      rows: [],
      problems: [
        {
          field: 'row 2, columns',
          code: 'field.too_many',
          params: { max: 3, unit: 'columns' },
          problems: ['has 4 cells; the header names 3 columns'],
        },
      ],
    });
  });

  it('refuses a file of headers alone, which would replace the figures given before with none', async () => {
    const file = Buffer.from('agency_code;total;rank\n');
    expect(await parsePublishedThenFile('csv', file)).toEqual({
      rows: [],
      problems: [
        { field: 'file', code: 'field.too_few', params: { min: 1 }, problems: ['has no agency rows'] },
      ],
    });
  });
});
