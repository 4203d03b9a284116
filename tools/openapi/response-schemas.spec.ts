import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const committed = join(root, 'apps/api/src/app/common/openapi/response-schemas.json');

function check(file: string) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'tools/openapi/response-schemas.mjs'), '--check', file],
    {
      encoding: 'utf8',
      cwd: root,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

/** The response schemas in the OpenAPI document are generated from the contract types, and kept up to date. */
describe('the committed response schemas', () => {
  it('are what the contract types give today', () => {
    expect(check(committed)).toEqual({ status: 0, stderr: '' });
  });

  it('are reported stale, by name, when a type changed after they were written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'schemas-'));
    try {
      const schemas = JSON.parse(readFileSync(committed, 'utf8'));
      delete schemas.AgencyView.properties.version;
      const stale = join(folder, 'response-schemas.json');
      writeFileSync(stale, JSON.stringify(schemas));
      const { status, stderr } = check(stale);
      expect(status).toBe(1);
      expect(stderr).toContain('is stale (AgencyView)');
      expect(stderr).toContain('npm run openapi:schemas');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
