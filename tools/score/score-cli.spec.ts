import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const fixture = join(root, 'libs/scoring/src/fixtures/two-indices-zero.json');

function score(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [join(root, 'tools/score/score.mjs'), ...args], {
    input: stdin,
    encoding: 'utf8',
    cwd: root,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('score CLI', () => {
  it('prints only the result JSON for a file', () => {
    const { status, stdout, stderr } = score([fixture]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(
      JSON.parse(stdout).results.map((r: { agency: string; rank: number }) => [r.agency, r.rank]),
    ).toEqual([
      ['a2', 1],
      ['a1', 2],
      ['a3', 3],
    ]);
  });

  it('reads stdin when the path is -', () => {
    const { status, stdout } = score(['-'], readFileSync(fixture, 'utf8'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(3);
  });

  it('exits 1 with one line naming the agency, and no output, for invalid input', () => {
    const input = JSON.parse(readFileSync(fixture, 'utf8'));
    input.values.push({ agency: 'ghost', indicator: 'web.site', value: 1 });
    const { status, stdout, stderr } = score(['-'], JSON.stringify(input));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('values[4]: value for unknown agency "ghost"\n');
  });

  it('exits 1 with one line for a file that is not JSON or does not exist', () => {
    expect(score(['-'], '{not json').stderr).toMatch(/^input: not valid JSON \(.*\)\n$/);
    const missing = score([join(root, 'no-such-file.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^cannot read .*no-such-file\.json: ENOENT\n$/);
  });
});
