import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..');

/** `$any(` turns off the template type check; an event's element is read through `inputValue($event)` and kin. */
const ANY_CAST = /\$any\s*\(/;

/** The inline templates of a component file: each `template:` string, with the line it starts on (1-based). */
function inlineTemplates(file: string, source: string): { text: string; line: number }[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'template' &&
      (ts.isNoSubstitutionTemplateLiteral(node.initializer) || ts.isStringLiteral(node.initializer))
    ) {
      const start = node.initializer.getStart(parsed) + 1;
      found.push({ text: node.initializer.text, line: parsed.getLineAndCharacterOfPosition(start).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return found;
}

/** Where a template casts to `any`, as `file:line`: in an `.html` template or a component's inline one. */
function anyCasts(file: string, source: string): string[] {
  const templates = file.endsWith('.html') ? [{ text: source, line: 1 }] : inlineTemplates(file, source);
  return templates.flatMap(({ text, line }) =>
    text.split('\n').flatMap((row, i) => (ANY_CAST.test(row) ? [`${file}:${line + i}`] : [])),
  );
}

/** Every template and component source of the dashboard, tests included: a test host's template counts too. */
function dashboardSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : dashboardSources(path);
    return /\.(ts|html)$/.test(entry.name) ? [path] : [];
  });
}

describe('dashboard templates are type-checked throughout', () => {
  it('has no $any( in any template', () => {
    const files = [
      ...dashboardSources(join(root, 'libs', 'dashboard')),
      ...dashboardSources(join(root, 'apps', 'dashboard', 'src')),
    ];
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    const casts = files.flatMap((path) => anyCasts(relative(root, path), readFileSync(path, 'utf8')));
    expect(casts).toEqual([]);
  });

  it('finds a cast in a template file and in an inline template, by line', () => {
    expect(anyCasts('page.html', '<p>ok</p>\n<input (input)="set($any($event.target).value)" />')).toEqual([
      'page.html:2',
    ]);
    const component = [
      "@Component({ selector: 'pr-x',",
      '  template: `',
      '    <p>ok</p>',
      '    <input (input)="set($any( $event.target).value)" />`,',
      '})',
      'export class X {}',
    ].join('\n');
    expect(anyCasts('x.ts', component)).toEqual(['x.ts:4']);
  });

  it('leaves code outside templates and typed helpers alone', () => {
    expect(anyCasts('page.html', '<input (input)="set(inputValue($event))" />')).toEqual([]);
    expect(anyCasts('x.ts', "// a note on $any(\nconst t = { title: '$any(' };")).toEqual([]);
  });
});
