import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..');
const CONTRACT_MODULES = new Set(['@prgauge/contracts', '@prgauge/scoring']);
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const WITH_BODY = new Set(['post', 'put', 'patch']);

/** Every dashboard API client: `libs/dashboard/**\/*.api.ts`. */
function apiClients(folder = join(root, 'libs', 'dashboard')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : apiClients(path);
    return entry.name.endsWith('.api.ts') ? [path] : [];
  });
}

/** The names a file imports from the contracts and the scoring library. */
function contractNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!CONTRACT_MODULES.has(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((e) => names.add(e.name.text));
  }
  return names;
}

type Declaration = ts.ParameterDeclaration | ts.VariableDeclaration;

/** The parameters and variables of this name in the file, to read their declared type or initializer. */
function declarationsOf(file: ts.SourceFile, name: string): Declaration[] {
  const found: Declaration[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name))
      if (node.name.text === name) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * What breaks the rule that a dashboard API client speaks only in contract types: a generic method lets the
 * caller choose the response type; a response type argument or a request body must be a contract type.
 */
export function clientProblems(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const contracts = contractNames(file);
  const problems: string[] = [];
  const at = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const isContractType = (type: ts.TypeNode | undefined): boolean => {
    if (!type) return false;
    if (ts.isArrayTypeNode(type)) return isContractType(type.elementType);
    if (ts.isUnionTypeNode(type)) return type.types.every(isContractType);
    return (
      ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && contracts.has(type.typeName.text)
    );
  };
  const isContractBody = (expression: ts.Expression): boolean => {
    if (ts.isObjectLiteralExpression(expression)) return expression.properties.length === 0;
    if (
      ts.isBinaryExpression(expression) &&
      expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
    )
      return isContractBody(expression.left) && isContractBody(expression.right);
    if (!ts.isIdentifier(expression)) return false;
    return declarationsOf(file, expression.text).some(
      (d) =>
        isContractType(d.type) ||
        (d.initializer !== undefined &&
          ts.isNewExpression(d.initializer) &&
          d.initializer.expression.getText() === 'FormData'),
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isMethodDeclaration(node) && node.typeParameters?.length)
      problems.push(`${at(node)} ${node.name.getText()}<…>() lets the caller choose a type`);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText().endsWith('http') &&
      VERBS.has(node.expression.name.text)
    ) {
      const verb = node.expression.name.text;
      for (const type of node.typeArguments ?? [])
        if (type.kind !== ts.SyntaxKind.VoidKeyword && !isContractType(type))
          problems.push(
            `${at(type)} ${verb}<${type.getText()}> answers with a type that is not a contract's`,
          );
      const body = node.arguments[1];
      if (WITH_BODY.has(verb) && body && !isContractBody(body))
        problems.push(`${at(body)} ${verb} sends ${body.getText()}, not a value of a contract type`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (contracts.size === 0) problems.push(`${fileName} imports no contract types`);
  return problems;
}

describe('the dashboard API clients', () => {
  it('speak only in contract types: bodies and answers typed by @prgauge/contracts, no generic methods', () => {
    const files = apiClients();
    expect(files.length).toBeGreaterThanOrEqual(9);
    const problems = files.flatMap((path) =>
      clientProblems(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(problems).toEqual([]);
  });

  it('refuses a generic method, a hand-written answer type and a hand-written body', () => {
    const source = `
      import type { CycleView, UpdateCycleRequest } from '@prgauge/contracts';
      interface CycleInput { name: string }
      export class CyclesApi {
        framework<T>(id: string) { return this.http.get<T>('/api/cycles/' + id); }
        extension(id: string) { return this.http.get<{ until: string }>('/api/x/' + id); }
        create(input: CycleInput) { return this.http.post<CycleView>('/api/cycles', input); }
        rename(name: string) { return this.http.patch<CycleView>('/api/cycles/1', { name, version: 1 }); }
        update(change: UpdateCycleRequest) { return this.http.patch<CycleView>('/api/cycles/1', change); }
      }`;
    expect(clientProblems('cycles.api.ts', source)).toEqual([
      'cycles.api.ts:5 framework<…>() lets the caller choose a type',
      "cycles.api.ts:5 get<T> answers with a type that is not a contract's",
      "cycles.api.ts:6 get<{ until: string }> answers with a type that is not a contract's",
      'cycles.api.ts:7 post sends input, not a value of a contract type',
      'cycles.api.ts:8 patch sends { name, version: 1 }, not a value of a contract type',
    ]);
  });
});
