// `npm run openapi:schemas`: writes the OpenAPI schemas of every response body the API documents, generated
// from the TypeScript contract types, so the document cannot drift from the types the handlers return.
// `--check [file]` only compares: it exits 1 when the committed file differs from what the types give.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** The map of documented bodies: the contracts' `ResponseBodies` plus the scoring library's documents. */
const SOURCE = join(root, 'apps/api/src/app/common/openapi/response-bodies.ts');
const ROOT_TYPE = 'DocumentedBodies';
export const OUTPUT = join(root, 'apps/api/src/app/common/openapi/response-schemas.json');

/** Any JSON value: what an `unknown` field of a contract may hold, spelled out so every property has a type. */
const ANY_JSON = {
  description: 'Any JSON value.',
  nullable: true,
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object' },
    { type: 'array', items: { $ref: '#/components/schemas/AnyJson' } },
  ],
};

/** OpenAPI component names allow letters, digits, `.`, `-` and `_`; `Page<AgencyView>` becomes `Page_AgencyView_`. */
const componentName = (definition) => decodeURIComponent(definition).replace(/[^A-Za-z0-9._-]/g, '_');

const refTo = (ref) => `#/components/schemas/${componentName(ref.replace('#/definitions/', ''))}`;

/** JSDoc's `{@link Name}` reads as plain `Name` in the document. */
const cleanDescription = (text) => text.replace(/\{@link\s+([^}\s]+)\s*\}/g, '$1');

/** Moves `null` out of `type: [t, 'null']` and `anyOf: [s, { type: 'null' }]` into OpenAPI 3.0's `nullable`. */
function liftNull(schema) {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    if (types.length < schema.type.length) schema.nullable = true;
    if (types.length === 1) schema.type = types[0];
    else {
      delete schema.type;
      schema.anyOf = types.map((type) => ({ type }));
    }
  }
  if (schema.anyOf) {
    const rest = schema.anyOf.filter((s) => s.type !== 'null');
    if (rest.length < schema.anyOf.length) schema.nullable = true;
    if (rest.length === 1) {
      delete schema.anyOf;
      if (rest[0].$ref) schema.allOf = rest;
      else Object.assign(schema, rest[0], schema.nullable ? { nullable: true } : {});
    } else schema.anyOf = rest;
  }
  return schema;
}

/**
 * A property typed `?: undefined` or `never` (`{ not: {} }`), which a value can never have: a leaf declares
 * `children?: undefined` so code can tell it from a group. It is left out; `additionalProperties: false` already
 * keeps it away.
 */
const isNever = (schema) =>
  Object.keys(schema).length === 1 && schema.not && Object.keys(schema.not).length === 0;

/** Rewrites one JSON Schema (draft 7) node as an OpenAPI 3.0 schema object. */
export function toOpenApi(schema) {
  const { description, ...rest } = schema;
  if (Object.keys(rest).length === 0)
    return {
      ...(description ? { description: cleanDescription(description) } : {}),
      allOf: [{ $ref: '#/components/schemas/AnyJson' }],
    };
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref') out.$ref = refTo(value);
    else if (key === 'const') out.enum = [value];
    else if (key === 'description') out.description = cleanDescription(value);
    else if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => !isNever(v))
          .map(([k, v]) => [k, toOpenApi(v)]),
      );
    else if (Array.isArray(value) && (key === 'anyOf' || key === 'allOf' || key === 'oneOf'))
      out[key] = value.map(toOpenApi);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      out[key] = toOpenApi(value);
    else out[key] = value;
  }
  return liftNull(out);
}

/** Sorts an object's keys, so that the written file changes only when a type does. */
const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));

/** Every component the document needs: each documented body under its key, and the types they refer to. */
export function responseSchemas() {
  const { createGenerator } = require('ts-json-schema-generator');
  const generated = createGenerator({
    path: SOURCE,
    tsconfig: join(root, 'tsconfig.base.json'),
    type: ROOT_TYPE,
    skipTypeCheck: true,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
  }).createSchema(ROOT_TYPE);
  const { [ROOT_TYPE]: bodies, ...definitions } = generated.definitions;
  const components = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [componentName(name), toOpenApi(schema)]),
  );
  for (const [key, schema] of Object.entries(bodies.properties)) {
    // A key whose type is declared under its own name is already there; an alias or an inline type is added.
    if (schema.$ref && refTo(schema.$ref) === `#/components/schemas/${key}`) continue;
    components[key] = schema.$ref ? { allOf: [{ $ref: refTo(schema.$ref) }] } : toOpenApi(schema);
  }
  return sorted({ ...components, AnyJson: ANY_JSON });
}

async function write() {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  const text = await prettier.format(JSON.stringify(responseSchemas()), { ...options, filepath: OUTPUT });
  writeFileSync(OUTPUT, text);
  process.stdout.write(`wrote ${relative(root, OUTPUT)}\n`);
}

function check(file) {
  const committed = JSON.parse(readFileSync(file, 'utf8'));
  const fresh = responseSchemas();
  const names = [...new Set([...Object.keys(committed), ...Object.keys(fresh)])];
  const stale = names.filter((name) => !isDeepStrictEqual(committed[name], fresh[name]));
  if (stale.length === 0) return;
  process.stderr.write(
    `${relative(root, file)} is stale (${stale.join(', ')}): run \`npm run openapi:schemas\` and commit it\n`,
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--check');
  if (at === -1) await write();
  else check(process.argv[at + 1] ?? OUTPUT);
}
