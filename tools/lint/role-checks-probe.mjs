// For role-checks.spec.ts, in one process (ESLint loads configs with a dynamic import that Jest's sandbox
// cannot run, and each start costs seconds): reads { samples: [{ file, code }], configs: [{ project, file }] }
// on stdin; writes { roleNames, lines, rules }: the lines each sample has flagged by the role-check rules, and
// the `no-restricted-syntax` setting each project's own config gives its file (as Nx lints it, from the project).
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLE_NAMES } from './role-checks.mjs';

const RULE = 'no-restricted-syntax';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { samples, configs } = JSON.parse(input);

const probe = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'tools/lint/role-checks-only.config.mjs'),
});
const lines = [];
for (const { file, code } of samples) {
  const [result] = await probe.lintText(code, { filePath: join(root, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`${file}: ${fatal.map((m) => m.message).join('; ')}`);
  lines.push(result.messages.filter((m) => m.ruleId === RULE).map((m) => m.line));
}

const rules = [];
for (const { project, file } of configs) {
  const config = await new ESLint({ cwd: join(root, project) }).calculateConfigForFile(file);
  rules.push(config?.rules?.[RULE] ?? null);
}
process.stdout.write(JSON.stringify({ roleNames: ROLE_NAMES, lines, rules }));
