import type { ESLint, Linter } from 'eslint';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface Probe {
  file: string;
  code: string;
}

/**
 * The `no-restricted-syntax` messages (and parse failures) of each probe, linted as if saved at its path,
 * through ESLint and the API's own blocks (ESLint loads its config with a dynamic import that Jest's sandbox
 * cannot run, so it runs in a child process).
 */
function restrictedSyntax(probes: Probe[]): Promise<Linter.LintMessage[][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'lint-texts.mjs'), join(__dirname, 'api-syntax-only.config.mjs')],
      { cwd: root },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`lint-texts exited ${status}: ${stderr}`));
      const results = JSON.parse(stdout) as ESLint.LintResult[];
      resolve(results.map((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.fatal)));
    });
    child.stdin.end(JSON.stringify(probes));
  });
}

const NEST_EXCEPTIONS = [
  'NotFoundException',
  'ConflictException',
  'ForbiddenException',
  'BadRequestException',
  'UnauthorizedException',
  'HttpException',
  'UnprocessableEntityException',
  'GoneException',
  'PayloadTooLargeException',
];

const nestProbe = (name: string, file = 'apps/api/src/app/contests/lint-probe.ts'): Probe => ({
  file,
  code: `import { ${name} } from '@nestjs/common';\nexport const probe = () => new ${name}('No');\n`,
});

const PROBES = {
  nest: NEST_EXCEPTIONS.map((name) => nestProbe(name)),
  nested: nestProbe('BadRequestException', 'apps/api/src/app/contests/dto/lint-probe.ts'),
  catalogued: {
    file: 'apps/api/src/app/contests/lint-probe.ts',
    code:
      "import { HttpStatus } from '@nestjs/common';\nimport { ApiException } from '../common/api-error';\n" +
      "export const probe = () => new ApiException(HttpStatus.CONFLICT, 'vote.already_cast', {});\n",
  },
};

describe('refusals in the contests module', () => {
  let nest: Linter.LintMessage[][];
  let nested: Linter.LintMessage[];
  let catalogued: Linter.LintMessage[];

  beforeAll(async () => {
    const results = await restrictedSyntax([...PROBES.nest, PROBES.nested, PROBES.catalogued]);
    nest = results.slice(0, NEST_EXCEPTIONS.length);
    [nested, catalogued] = results.slice(NEST_EXCEPTIONS.length);
  }, 120_000);

  it('refuse every Nest HTTP exception with an error pointing to ApiException', () => {
    expect(nest.map((messages) => messages.map((m) => [m.severity, m.message]))).toEqual(
      NEST_EXCEPTIONS.map(() => [[2, expect.stringContaining('ApiException')]]),
    );
  });

  it('refuse them in a nested folder of contests too', () => {
    expect(nested.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
  });

  it('accept a catalogued ApiException', () => {
    expect(catalogued).toEqual([]);
  });
});
