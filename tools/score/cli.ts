import { readFileSync } from 'node:fs';
import { prepareScoring, ScoringInputError } from '@prgauge/scoring';

const USAGE = 'usage: npm run --silent score -- <input.json | ->';

/** Reads a scoring document from a path (stdin for `-`), prints the result JSON, or one error line and exit 1. */
function main(argv: string[]): number {
  const path = argv[0];
  if (!path || argv.length > 1) return fail(USAGE);
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return fail(`input: not valid JSON (${(error as Error).message})`);
  }
  let output: string;
  try {
    // The engine validates the parsed document itself, so it is not validated a second time here.
    output = JSON.stringify(prepareScoring(input).score());
  } catch (error) {
    if (error instanceof ScoringInputError) return fail(error.message);
    return fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`${output}\n`);
  return 0;
}

/** One line, whatever the message holds, so scripts can read the error as a single record. */
function fail(message: string): number {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
