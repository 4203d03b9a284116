import type { ESLint } from 'eslint';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const RULE = 'api/feature-owns-its-tables';

const use = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from '${s}';\nexport const p${i} = m${i};\n`).join('');

/** Probe files, by their path in the workspace, each with its source. */
const PROBES: Record<string, string> = {
  'apps/api/src/app/training/entity-probe.ts': use('../agencies/agency.entity'),
  'apps/api/src/app/submissions/repository-probe.ts': use('../scores/scored-cycle.repository'),
  'apps/api/src/app/committees/query-probe.ts': use(
    '../cycles/cycle-windows.queries',
    '../contests/jury.entities',
    '../scores/cycle-inputs.loader',
    '../users/account.query',
  ),
  'apps/api/src/app/auth/reexport-probe.ts':
    "export { User } from '../users/user.entity';\nexport const load = () => import('../users/user.entity');\n",
  'apps/api/src/app/agencies/same-folder-probe.ts': use('./agency.entity', './dto/agency.dto'),
  'apps/api/src/app/training/facade-probe.ts': use(
    '../agencies/active-agencies',
    '../cycles/cycle-period.reader',
    '../common/api-error',
  ),
  'apps/api/src/app/database/entities.ts': use('../users/user.entity', '../contests/jury.entities'),
  'apps/api/src/app/database/subscribers.ts': use('../users/account-search'),
  'apps/api/test/support/fixture-probe.ts': use('../../src/app/users/user.entity'),
  'apps/api/src/app/auth/unit-probe.spec.ts': use('../users/user.entity'),
  'apps/api/src/app/security/fixture-probe.int-spec.ts': use(
    '../users/user.entity',
    '../scores/scored-cycle.repository',
  ),
};

/** Runs node with `args`, resolving with what it prints; ESLint exits 1 when it reports, the case under test. */
function run(args: string[], cwd: string, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 || status === 1 ? resolve(stdout) : reject(new Error(`exited ${status}: ${stderr}`)),
    );
    child.stdin.end(input ?? '');
  });
}

/**
 * Lints the probes, laid out as in the workspace under a scratch folder, with the ownership rule alone, in one
 * run of the real ESLint CLI: the rule's messages by probe path.
 */
async function lintProbes(): Promise<Record<string, string[]>> {
  const scratch = mkdtempSync(join(tmpdir(), 'feature-ownership-'));
  try {
    for (const [path, code] of Object.entries(PROBES)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), code);
    }
    const config = join(__dirname, 'feature-ownership-only.config.mjs');
    const args = [eslintBin, '--no-config-lookup', '-c', config, '--format', 'json', ...Object.keys(PROBES)];
    const results = JSON.parse(await run(args, scratch)) as ESLint.LintResult[];
    return Object.fromEntries(
      results.map((result) => {
        const fatal = result.messages.filter((m) => m.fatal);
        if (fatal.length) throw new Error(`${result.filePath}: ${fatal.map((m) => m.message).join('; ')}`);
        const own = result.messages.filter((m) => m.ruleId === RULE && m.severity === 2);
        return [relative(scratch, result.filePath), own.map((m) => m.message)];
      }),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe("API feature folders own their tables: no folder imports another's entity or query class", () => {
  let messages: Record<string, string[]> = {};
  let apiSetting: unknown;

  beforeAll(async () => {
    const settings = run(
      [join(__dirname, 'rule-settings.mjs'), RULE],
      root,
      JSON.stringify([{ project: 'apps/api', file: 'src/app/training/training.module.ts' }]),
    );
    const [probed, setting] = await Promise.all([lintProbes(), settings]);
    messages = probed;
    apiSetting = (JSON.parse(setting) as unknown[])[0];
  });

  it("rejects another folder's entity, naming the owner and its facade", () => {
    expect(messages['apps/api/src/app/training/entity-probe.ts']).toEqual([
      expect.stringMatching(/^agencies\/agency\.entity belongs to agencies\/: .*call the facade it exports/),
    ]);
  });

  it("rejects another folder's repository", () => {
    expect(messages['apps/api/src/app/submissions/repository-probe.ts']).toEqual([
      expect.stringMatching(/^scores\/scored-cycle\.repository belongs to scores\/: .*its query class\.$/),
    ]);
  });

  it('knows every name an owned file may have: queries, entities, loader, query', () => {
    expect(messages['apps/api/src/app/committees/query-probe.ts']).toHaveLength(4);
  });

  it('rejects re-exports and dynamic imports as well', () => {
    expect(messages['apps/api/src/app/auth/reexport-probe.ts']).toHaveLength(2);
  });

  it("allows a folder its own entities, and other folders' facades", () => {
    expect(messages['apps/api/src/app/agencies/same-folder-probe.ts']).toEqual([]);
    expect(messages['apps/api/src/app/training/facade-probe.ts']).toEqual([]);
  });

  it("allows TypeORM's lists of entities and subscribers, and the test support outside the app", () => {
    expect(messages['apps/api/src/app/database/entities.ts']).toEqual([]);
    expect(messages['apps/api/src/app/database/subscribers.ts']).toEqual([]);
    expect(messages['apps/api/test/support/fixture-probe.ts']).toEqual([]);
  });

  it("holds unit specs to the rule; integration specs may read another folder's entity but not its queries", () => {
    expect(messages['apps/api/src/app/auth/unit-probe.spec.ts']).toHaveLength(1);
    expect(messages['apps/api/src/app/security/fixture-probe.int-spec.ts']).toEqual([
      expect.stringContaining('scores/scored-cycle.repository belongs to scores/'),
    ]);
  });

  it("is an error in the API's own lint", () => {
    expect(apiSetting).toEqual([2]);
  });
});
