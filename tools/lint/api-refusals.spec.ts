import type { ESLint, Linter } from 'eslint';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Lints `code` as if it were saved at `file`, with the API's refusal rule alone, through the real ESLint CLI. */
function refusalMessages(file: string, code: string): Promise<Linter.LintMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        eslintBin,
        '--no-config-lookup',
        '-c',
        join(__dirname, 'api-refusals-only.config.mjs'),
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
      resolve(result.messages.filter((message) => message.ruleId === 'no-restricted-syntax'));
    });
    child.stdin.end(code);
  });
}

const NEST_REFUSAL =
  "import { ConflictException } from '@nestjs/common';\nexport const probe = () => { throw new ConflictException('Locked'); };\n";

describe('the API refuses Nest exceptions without a catalogued code', () => {
  it('flags a Nest exception thrown in a feature module', async () => {
    const messages = await refusalMessages('apps/api/src/app/cycles/refusal-probe.ts', NEST_REFUSAL);
    expect(messages.map((m) => [m.severity, m.message])).toEqual([
      [2, expect.stringContaining('ApiException')],
    ]);
  });

  it('flags every kind of them, HttpException included', async () => {
    const code =
      "import { HttpException, GoneException } from '@nestjs/common';\n" +
      "export const a = new HttpException('x', 409);\nexport const b = new GoneException();\n";
    expect(await refusalMessages('apps/api/src/app/common/refusal-probe.ts', code)).toHaveLength(2);
  });

  it('accepts ApiException', async () => {
    const code =
      "import { HttpStatus } from '@nestjs/common';\nimport { ApiException } from '../common/api-error';\n" +
      "export const probe = new ApiException(HttpStatus.CONFLICT, 'record.conflict', {});\n";
    expect(await refusalMessages('apps/api/src/app/cycles/refusal-probe.ts', code)).toEqual([]);
  });

  it('leaves contests, and the two files being rewritten, to their own rules for now', async () => {
    const files = [
      'apps/api/src/app/contests/refusal-probe.ts',
      'apps/api/src/app/common/scope.ts',
      'apps/api/src/app/auth/auth.guard.ts',
    ];
    const messages = await Promise.all(files.map((file) => refusalMessages(file, NEST_REFUSAL)));
    expect(messages).toEqual([[], [], []]);
  });
});
