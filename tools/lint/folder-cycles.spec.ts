import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '..', '..');

describe('API feature folders do not import each other both ways', () => {
  it('finds no pair of folders importing each other', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(__dirname, 'folder-cycles.mjs'), '--json'],
      { cwd: root },
    );
    const pairs = (JSON.parse(stdout) as [string, string][]).map((pair) => pair.join(' '));
    expect(pairs).toEqual([]);
  });
});
