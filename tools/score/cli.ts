import { readFileSync } from 'node:fs';
import { scoreDocument, ScoringInputError } from '@prgauge/scoring';

/** Reads a scoring document from a path (or stdin for `-`), prints the result JSON, or one error line and exit 1. */
function main(argv: string[]): number {
  const path = argv[0];
  if (!path) return fail('usage: npm run --silent score -- <input.json | ->');
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return fail(`input: not valid JSON (${(error as Error).message})`);
  }
  try {
    process.stdout.write(`${JSON.stringify(scoreDocument(input))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScoringInputError) return fail(error.message);
    return fail(`unexpected error: ${(error as Error).message}`);
  }
}

function fail(message: string): number {
  process.stderr.write(`${message.replace(/\s+/g, ' ')}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
