import type { ESLint } from 'eslint';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

const NEST_REFUSAL =
  "import { ConflictException } from '@nestjs/common';\nexport const probe = () => { throw new ConflictException('Locked'); };\n";

/** Probe files, by their path in the workspace, each with its source. */
const PROBES: Record<string, string> = {
  'apps/api/src/app/cycles/conflict-probe.ts': NEST_REFUSAL,
  'apps/api/src/app/common/http-probe.ts':
    "import { HttpException, GoneException } from '@nestjs/common';\n" +
    "export const a = new HttpException('x', 409);\nexport const b = new GoneException();\n",
  'apps/api/src/app/cycles/api-probe.ts':
    "import { HttpStatus } from '@nestjs/common';\nimport { ApiException } from '../common/api-error';\n" +
    "export const probe = new ApiException(HttpStatus.CONFLICT, 'record.conflict', {});\n",
  'apps/api/src/app/contests/refusal-probe.ts': NEST_REFUSAL,
  'apps/api/src/app/common/scope.ts': NEST_REFUSAL,
  'apps/api/src/app/auth/auth.guard.ts': NEST_REFUSAL,
  'apps/api/src/app/cycles/probe.spec.ts': NEST_REFUSAL,
};

/**
 * Lints the probes, laid out as in the workspace under a scratch folder, with the API's refusal rule alone, in
 * one run of the real ESLint CLI: the rule's messages by probe path.
 */
function lintProbes(): Promise<Record<string, string[]>> {
  const scratch = mkdtempSync(join(tmpdir(), 'api-refusals-'));
  for (const [path, code] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), code);
  }
  return new Promise<Record<string, string[]>>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        eslintBin,
        '--no-config-lookup',
        '-c',
        join(__dirname, 'api-refusals-only.config.mjs'),
        '--format',
        'json',
        ...Object.keys(PROBES),
      ],
      { cwd: scratch },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // ESLint exits 1 when it reports errors: that is the case under test here.
      if (status !== 0 && status !== 1) return reject(new Error(`eslint exited ${status}: ${stderr}`));
      const results = JSON.parse(stdout) as ESLint.LintResult[];
      resolve(
        Object.fromEntries(
          results.map((result) => [
            relative(scratch, result.filePath),
            result.messages
              .filter((m) => m.ruleId === 'no-restricted-syntax' && m.severity === 2)
              .map((m) => m.message),
          ]),
        ),
      );
    });
  }).finally(() => rmSync(scratch, { recursive: true, force: true }));
}

describe('the API refuses Nest exceptions without a catalogued code', () => {
  let messages: Record<string, string[]> = {};
  beforeAll(async () => {
    messages = await lintProbes();
  });

  it('flags a Nest exception thrown in a feature module', () => {
    expect(messages['apps/api/src/app/cycles/conflict-probe.ts']).toEqual([
      expect.stringContaining('ApiException'),
    ]);
  });

  it('flags every kind of them, HttpException included', () => {
    expect(messages['apps/api/src/app/common/http-probe.ts']).toHaveLength(2);
  });

  it('accepts ApiException', () => {
    expect(messages['apps/api/src/app/cycles/api-probe.ts']).toEqual([]);
  });

  it('refuses them in contests, the guard and the scope checks too, and leaves specs alone', () => {
    expect(
      [
        'apps/api/src/app/contests/refusal-probe.ts',
        'apps/api/src/app/common/scope.ts',
        'apps/api/src/app/auth/auth.guard.ts',
        'apps/api/src/app/cycles/probe.spec.ts',
      ].map((path) => [path, messages[path].length]),
    ).toEqual([
      ['apps/api/src/app/contests/refusal-probe.ts', 1],
      ['apps/api/src/app/common/scope.ts', 1],
      ['apps/api/src/app/auth/auth.guard.ts', 1],
      ['apps/api/src/app/cycles/probe.spec.ts', 0],
    ]);
  });
});
