import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..');

/**
 * Where a dashboard source reads a `message`: the API's English sentence, or an error's. The dashboard words
 * refusals from their codes (`RefusalText`), so any read of a message, or a regular expression over one, is
 * a refusal shown or told apart by its English text.
 */
function messageReads(file: string, source: string): string[] {
  if (file.endsWith('.html')) {
    // Single-quoted text in a template is a translation key or a literal, never a read.
    const code = source.replace(/'[^'\n]*'/g, "''");
    return code.split('\n').flatMap((line, i) => (/\.message\b/.test(line) ? [`${file}:${i + 1}`] : []));
  }
  const found: string[] = [];
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const named =
      (ts.isPropertyAccessExpression(node) && node.name.text === 'message') ||
      (ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        node.argumentExpression.text === 'message');
    if (named) found.push(`${file}:${parsed.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return found;
}

/** Every dashboard source a person's screen is built from: templates and code, not their tests. */
function dashboardSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : dashboardSources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the dashboard shows refusals by their codes', () => {
  it('has no source that reads a message', () => {
    const files = [
      ...dashboardSources(join(root, 'libs', 'dashboard')),
      ...dashboardSources(join(root, 'apps', 'dashboard', 'src')),
    ];
    expect(files.length).toBeGreaterThan(100);
    const reads = files.flatMap((path) => messageReads(relative(root, path), readFileSync(path, 'utf8')));
    expect(reads).toEqual([]);
  });

  it('finds a regular expression over a message, a message shown, and one read by key', () => {
    const code = [
      "if (/final/i.test(problem.message)) return 'already';",
      'this.failure.set(apiProblemOf(error).message);',
      "const text = body['message'];",
    ].join('\n');
    expect(messageReads('vote-messages.ts', code)).toEqual([
      'vote-messages.ts:1',
      'vote-messages.ts:2',
      'vote-messages.ts:3',
    ]);
    expect(
      messageReads('page.html', '<p>{{ f.message }}</p>\n<p>{{ r.key | t }} ({{ r.message }})</p>'),
    ).toEqual(['page.html:1', 'page.html:2']);
  });

  it('leaves translation keys and placeholders named message alone', () => {
    expect(
      messageReads('page.ts', "const key = 'contests.apply.message';\nconst p = { message: text };"),
    ).toEqual([]);
    expect(
      messageReads(
        'page.html',
        "<p>{{ 'contests.apply.failed' | t: { message } }}</p>\n<p>{{ 'a.message' | t }}</p>",
      ),
    ).toEqual([]);
  });
});
