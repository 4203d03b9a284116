import { ROLES } from '@prgauge/contracts';
import type { ESLint } from 'eslint';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const RULE = 'no-restricted-syntax';

interface Sample {
  file: string;
  code: string;
}

/** Runs node with `args`, `input` as JSON on stdin, and parses what it prints. */
function runJson<T>(args: string[], input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0
        ? resolve(JSON.parse(stdout) as T)
        : reject(new Error(`${args[0]} exited ${status}: ${stderr}`)),
    );
    child.stdin.end(JSON.stringify(input));
  });
}

/**
 * The lines of each sample the role-check rules flag, linted as if saved at its path through the real ESLint
 * (ESLint loads its config with a dynamic import that Jest's sandbox cannot run, so it runs in a child process).
 */
async function flaggedLines(samples: Sample[]): Promise<number[][]> {
  const config = join(__dirname, 'role-checks-only.config.mjs');
  const results = await runJson<ESLint.LintResult[]>([join(__dirname, 'lint-texts.mjs'), config], samples);
  return results.map((result) => {
    const fatal = result.messages.filter((m) => m.fatal);
    if (fatal.length) throw new Error(`${result.filePath}: ${fatal.map((m) => m.message).join('; ')}`);
    // A line may break more than one rule (a role list passed to includes); each line counts once.
    return [...new Set(result.messages.filter((m) => m.ruleId === RULE).map((m) => m.line))];
  });
}

const CODE = 'libs/dashboard/review/feature/src/lib/role-probe.ts';
const TEMPLATE = 'libs/dashboard/review/feature/src/lib/role-probe.html';
const SPEC = 'libs/dashboard/review/feature/src/lib/role-probe.spec.ts';
const lines = (...code: string[]) => code.join('\n');

const SAMPLES = {
  equality: {
    file: CODE,
    code: lines(
      "export const a = (role: string) => role === 'admin';",
      "export const b = (role: string) => 'juror' !== role;",
      "export const c = (user: { role: string }) => user.role === 'evaluator';",
      'export const d = (role: string) => role === `director`;',
    ),
  },
  membership: {
    file: CODE,
    code: lines(
      "export const a = (role: string) => ['director', 'viewer'].includes(role);",
      "export const b = (roles: string[]) => roles.includes('committee_member');",
      "export const c = (session: { hasRole(...r: string[]): boolean }) => session.hasRole('agency_editor');",
      "export const STAFF = ['journalist'];",
      'export function d(role: string): number {',
      '  switch (role) {',
      "    case 'juror':",
      '      return 1;',
      '    default:',
      '      return 0;',
      '  }',
      '}',
    ),
  },
  template: {
    file: TEMPLATE,
    code: lines(
      "@if (user.role === 'director') { <p>x</p> }",
      "@if (roles.includes('viewer')) { <p>y</p> }",
      "@switch (role) { @case ('juror') { <p>z</p> } }",
    ),
  },
  inlineTemplate: {
    file: CODE,
    code: lines(
      "import { Component } from '@angular/core';",
      '@Component({',
      "  selector: 'pr-role-probe',",
      "  template: `@if (session.role() !== 'admin') { <p>x</p> }`,",
      '})',
      'export class RoleProbe {}',
    ),
  },
  leafSource: {
    file: CODE,
    code: lines(
      "export const a = (leaf: { source: string }) => leaf.source === 'evaluator';",
      "export const b = (source: string) => source !== 'evaluator';",
      "export const SOURCES = ['agency', 'evaluator', 'computed'];",
    ),
  },
  leafSourceTemplate: { file: TEMPLATE, code: "@if (leaf.source === 'evaluator') { <input /> }" },
  spec: {
    file: SPEC,
    code: lines(
      'const user = (role: string) => ({ role, agencyId: null });',
      "export const people = [user('admin'), { role: 'director' }];",
      "export const roles = ['viewer', 'juror'];",
      "export const editor = (role: string) => (role === 'agency_editor' ? 'a' : null);",
    ),
  },
} satisfies Record<string, Sample>;

const CONFIGS = [
  { project: 'apps/dashboard', file: 'src/app/app.config.ts' },
  { project: 'libs/dashboard/shared/data-access', file: 'src/index.ts' },
  { project: 'libs/dashboard/shell/feature', file: 'src/lib/shell/shell.html' },
  { project: 'libs/dashboard/contests/feature-public', file: 'src/index.ts' },
  { project: 'libs/dashboard/training/feature', file: 'src/index.ts' },
  { project: 'libs/shared/permissions', file: 'src/lib/decide.ts' },
];

describe('no role names compared by hand in the dashboard', () => {
  const names = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
  let flagged: Record<keyof typeof SAMPLES, number[]>;
  let settings: unknown[];
  let roleNames: string[];

  beforeAll(async () => {
    const roleList =
      "import('./tools/lint/role-checks.mjs').then((m) => console.log(JSON.stringify(m.ROLE_NAMES)))";
    const [lines, ruleSettings, listed] = await Promise.all([
      flaggedLines(names.map((name) => SAMPLES[name])),
      runJson<unknown[]>([join(__dirname, 'rule-settings.mjs'), RULE], CONFIGS),
      runJson<string[]>(['--input-type=module', '-e', roleList], null),
    ]);
    flagged = Object.fromEntries(names.map((name, i) => [name, lines[i]])) as typeof flagged;
    settings = ruleSettings;
    roleNames = listed;
  });

  it('rejects a role compared with === or !==, whichever side it stands on', () => {
    // A template literal is not a string literal; the rule sees the three string comparisons.
    expect(flagged.equality).toEqual([1, 2, 3]);
  });

  it('rejects roles passed to includes, written into a list, handed to a function or used as a switch case', () => {
    expect(flagged.membership).toEqual([1, 2, 3, 4, 7]);
  });

  it('rejects role checks in templates, in .html files and inline', () => {
    expect(flagged.template).toEqual([1, 2, 3]);
    expect(flagged.inlineTemplate).toEqual([4]);
  });

  it('accepts a framework leaf whose source is the evaluator, in code and in templates', () => {
    expect(flagged.leafSource).toEqual([]);
    expect(flagged.leafSourceTemplate).toEqual([]);
  });

  it('lets specs build users of every role, but not compare roles', () => {
    expect(flagged.spec).toEqual([4]);
  });

  it('is on in every dashboard project and off in the permissions library', () => {
    const on = settings.map((rule) => Array.isArray(rule) && rule[0] === 2 && rule.length > 1);
    expect(on).toEqual([true, true, true, true, true, false]);
  });

  it('knows every role of the contracts', () => {
    expect(roleNames).toEqual([...ROLES]);
  });
});
