// Lints several texts, each as if saved at its own path, with one config file and in one process (loading
// the workspace's config takes seconds): reads [{ file, code }] as JSON on stdin, writes ESLint's results,
// in the same order, as JSON on stdout.
import { ESLint } from 'eslint';

const [configFile] = process.argv.slice(2);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ overrideConfigFile: configFile });
const results = [];
for (const { file, code } of JSON.parse(input))
  results.push(...(await eslint.lintText(code, { filePath: file })));
process.stdout.write(JSON.stringify(results));
