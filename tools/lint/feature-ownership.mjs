// Each feature folder of the API (`apps/api/src/app/<feature>/`) owns its tables: its entities and the classes
// that query them are its own. Another folder asks the owner through a narrow exported facade that takes the
// caller's `EntityManager` (so one transaction can still span modules) and returns plain data, never an entity.
import { dirname, resolve } from 'node:path';

const APP = 'apps/api/src/app/';

/**
 * The files a feature folder keeps to itself, by how their names end (before `.ts`):
 * - `.entity` / `.entities`: TypeORM entities, i.e. the folder's tables;
 * - `.queries` / `.repository` / `.query` / `.loader`: classes or functions that query those tables.
 * A facade for other folders is named for what it answers and is not one of these: `<answer>.facade.ts`
 * (e.g. `cycles/cycle-record.facade.ts`), `<answer>.reader.ts`, or an exported service such as
 * `agencies/active-agencies.ts`.
 */
export const OWNED_FILE = /\.(entity|entities|queries|repository|query|loader)$/;
const ENTITY_FILE = /\.(entity|entities)$/;

/**
 * Files that may import any folder's entities, each for a reason:
 * - `database/entities.ts`: the one list of entities TypeORM is given (the bundled API cannot glob for them);
 * - `database/subscribers.ts`: the one list of entity subscribers, for the same reason.
 * Test support under `apps/api/test/` is outside `src/app/` and so never checked: it builds whole fixtures
 * across modules on purpose.
 */
export const OWNERSHIP_EXCEPTIONS = ['database/entities.ts', 'database/subscribers.ts'];

/**
 * Specs: a unit spec (`*.spec.ts`) is held to the rule like the code beside it. An integration spec
 * (`*.int-spec.ts`) may import another folder's entity, to arrange rows or read back what was stored (the
 * database is its fixture, as in `apps/api/test/support/`), but never another folder's query classes: those
 * are the owner's internals, and a spec that needs them calls the owner's facade like any other caller.
 */
const INTEGRATION_SPEC = /\.int-spec\.ts$/;

/** `path` (absolute, any separator) from `apps/api/src/app/` on, or null when it is not in the API's app. */
function appPath(path) {
  const posix = path.replaceAll('\\', '/');
  const at = posix.lastIndexOf(`/${APP}`);
  return at === -1 ? null : posix.slice(at + 1 + APP.length);
}

/** The feature folder of a path inside `apps/api/src/app/`, or null for a file at its top (app.module.ts). */
function featureOf(inApp) {
  const slash = inApp.indexOf('/');
  return slash === -1 ? null : inApp.slice(0, slash);
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureOwnsItsTables = {
  meta: {
    type: 'problem',
    docs: { description: "Forbids importing another API feature folder's entity or query class." },
    schema: [],
    messages: {
      foreign:
        '{{target}} belongs to {{owner}}/: {{owner}}/ owns those tables, so call the facade it exports (a function or service taking an EntityManager and returning plain data) instead of importing its {{kind}}.',
    },
  },
  create(context) {
    const inApp = appPath(context.physicalFilename ?? context.filename);
    const feature = inApp && featureOf(inApp);
    if (!feature || OWNERSHIP_EXCEPTIONS.includes(inApp)) return {};
    const integrationSpec = INTEGRATION_SPEC.test(inApp);

    function check(source) {
      if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
      const target = appPath(resolve(dirname(context.physicalFilename ?? context.filename), source.value));
      const owner = target && featureOf(target);
      if (!owner || owner === feature) return;
      const base = target.replace(/\.ts$/, '');
      if (!OWNED_FILE.test(base)) return;
      const entity = ENTITY_FILE.test(base);
      if (entity && integrationSpec) return;
      context.report({
        node: source,
        messageId: 'foreign',
        data: { target, owner, kind: entity ? 'entity' : 'query class' },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/** Flat-config entries that apply the rule to the API's app code (ESLint may run from the workspace or the app). */
export const featureOwnership = [
  {
    files: ['**/src/app/**/*.ts'],
    plugins: { api: { rules: { 'feature-owns-its-tables': featureOwnsItsTables } } },
    rules: { 'api/feature-owns-its-tables': 'error' },
  },
];
