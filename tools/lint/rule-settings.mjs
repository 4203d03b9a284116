// The setting one rule has for files of several projects, as each project's own config gives it when Nx lints
// the project from its folder (and in one process: loading the workspace's config takes seconds). Reads
// [{ project, file }] as JSON on stdin, `file` relative to `project`; writes the settings, in order, as JSON.
import { ESLint } from 'eslint';
import { join } from 'node:path';

const [rule] = process.argv.slice(2);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const settings = [];
for (const { project, file } of JSON.parse(input)) {
  const config = await new ESLint({ cwd: join(process.cwd(), project) }).calculateConfigForFile(file);
  settings.push(config?.rules?.[rule] ?? null);
}
process.stdout.write(JSON.stringify(settings));
