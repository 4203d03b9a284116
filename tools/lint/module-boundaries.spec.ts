import type { ESLint, Linter } from 'eslint';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/**
 * Lints `code` as if it were saved at `file`, through the real ESLint CLI and the workspace config
 * (ESLint loads its config with a dynamic import that Jest's sandbox cannot run).
 */
function boundaryMessages(file: string, code: string): Promise<Linter.LintMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        eslintBin,
        '--no-config-lookup',
        '-c',
        join(__dirname, 'boundaries-only.config.mjs'),
        '--format',
        'json',
        '--stdin',
        '--stdin-filename',
        file,
      ],
      { cwd: root },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // ESLint exits 1 when it reports errors: that is the case under test here.
      if (status !== 0 && status !== 1) return reject(new Error(`eslint exited ${status}: ${stderr}`));
      const [result] = JSON.parse(stdout) as ESLint.LintResult[];
      resolve(result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries'));
    });
    child.stdin.end(code);
  });
}

describe('module boundaries', () => {
  it('accept a domain library importing a util library', async () => {
    const messages = await boundaryMessages(
      'libs/scoring/src/lib/boundary-probe.ts',
      "import * as contracts from '@prgauge/contracts';\nexport const probe = contracts;\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuse a util library importing a domain library', async () => {
    // The dashboard's i18n library: the contracts would be refused too, but as a cycle, since the scoring
    // engine imports the framework's type from them.
    const messages = await boundaryMessages(
      'libs/dashboard/shared/i18n/src/lib/boundary-probe.ts',
      "import * as scoring from '@prgauge/scoring';\nexport const probe = scoring;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/tagged with "type:util" can only depend on libs tagged with "type:util"/),
    ]);
    expect(messages[0].severity).toBe(2);
  });

  it('accept the API and a dashboard feature importing the permissions map', async () => {
    const code = "import { can } from '@prgauge/permissions';\nexport const probe = can;\n";
    for (const file of [
      'apps/api/src/app/auth/boundary-probe.ts',
      'libs/dashboard/review/feature/src/lib/boundary-probe.ts',
      'libs/dashboard/shared/data-access/src/lib/boundary-probe.ts',
    ])
      expect([file, await boundaryMessages(file, code)]).toEqual([file, []]);
  });

  it('refuse the permissions map importing anything but util libraries', async () => {
    const messages = await boundaryMessages(
      'libs/shared/permissions/src/lib/boundary-probe.ts',
      "import * as scoring from '@prgauge/scoring';\nexport const probe = scoring;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/tagged with "type:util" can only depend on libs tagged with "type:util"/),
    ]);
  });

  it('refuse Angular inside the shared scoring engine', async () => {
    const messages = await boundaryMessages(
      'libs/scoring/src/lib/boundary-probe.ts',
      "import { signal } from '@angular/core';\nexport const probe = signal(1);\n",
    );
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('@angular/core')]);
  });

  it('refuse the dashboard importing the API', async () => {
    const messages = await boundaryMessages(
      'apps/dashboard/src/app/boundary-probe.ts',
      "import { HealthModule } from '../../../api/src/app/health/health.module';\nexport const probe = HealthModule;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('cannot be imported by a relative or absolute path'),
    ]);
    expect(messages[0].severity).toBe(2);
  });

  it('refuse NestJS inside the dashboard', async () => {
    const messages = await boundaryMessages(
      'apps/dashboard/src/app/boundary-probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('@nestjs/common')]);
  });
});
