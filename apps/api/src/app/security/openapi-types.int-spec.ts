import {
  DtoClass,
  nestedDtos,
  PropertyRules,
  TYPE_OF_CONSTRAINT,
  validationRules,
} from '../../../test/support/dto-validators';
import {
  OpenApiDocument,
  operations,
  resolve,
  Schema,
  successProblem,
  untypedPaths,
} from '../../../test/support/openapi-fields';
import { routeTable } from '../../../test/support/route-table';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/** The JSON type a schema documents: `integer` counts as `number`, a reference as `object`. */
function documentedType(document: OpenApiDocument, schema: Schema): string | undefined {
  if (schema.oneOf || schema.anyOf) return undefined;
  const resolved = resolve(document, schema);
  if (schema.$ref || resolved !== schema) return resolved.type ?? 'object';
  if (schema.enum && !schema.type) return typeof schema.enum[0];
  return schema.type === 'integer' ? 'number' : schema.type;
}

/** The one JSON type the validators require, if they require one. */
function validatedType(names: string[]): string | undefined {
  const types = new Set(names.map((n) => TYPE_OF_CONSTRAINT[n]).filter(Boolean));
  return types.size === 1 ? [...types][0] : types.size > 1 ? [...types].join('|') : undefined;
}

/** What is wrong with how one property is documented, compared with how it is validated. */
function mismatch(
  document: OpenApiDocument,
  property: Schema,
  required: boolean,
  rules: PropertyRules,
): string | undefined {
  if (required === rules.optional)
    return required
      ? 'is documented as required but may be left out'
      : 'is documented as optional but required';
  const documented = documentedType(document, property);
  const validated = validatedType(rules.names);
  if (documented === undefined && !property.oneOf && !property.anyOf) return 'has no type';
  if (validated && documented !== validated)
    return `is documented as ${documented}, validated as ${validated}`;
  if (documented === 'array' && property.items) {
    const items = validatedType(rules.itemNames);
    const itemType = documentedType(document, property.items);
    if (items && itemType !== items) return `has items documented as ${itemType}, validated as ${items}`;
  }
  if (Boolean(property.nullable) !== rules.acceptsNull)
    return rules.acceptsNull
      ? 'accepts null but is not documented nullable'
      : 'is documented nullable but refuses null';
  return undefined;
}

/** The OpenAPI document tells clients exactly what the validators accept: types, and where null may be sent. */
describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    testApp = await createTestApp();
    document = (await testApp.request({ method: 'GET', url: '/api/docs/openapi.json' })).json();
  });
  afterAll(() => testApp.close());

  it('gives every property a shape: no nullable object without properties stands in for a scalar', () => {
    const shapeless = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(
          ([, p]) =>
            (p.type === 'object' && p.nullable && !p.properties && !p.additionalProperties) ||
            (documentedType(document, p) === undefined && !p.oneOf && !p.anyOf),
        )
        .map(([key]) => `${name}.${key}`),
    );
    expect(shapeless).toEqual([]);
  });

  it('documents each property of every request body with the type and nullability its validators accept', () => {
    const seen = new Set<DtoClass>();
    const pending = routeTable(testApp.app).flatMap((route) => (route.bodyType ? [route.bodyType] : []));
    const problems: string[] = [];
    while (pending.length > 0) {
      const dto = pending.pop() as DtoClass;
      if (seen.has(dto)) continue;
      seen.add(dto);
      pending.push(...nestedDtos(dto));
      const schema = document.components.schemas[dto.name];
      if (!schema) {
        problems.push(`${dto.name} is not documented`);
        continue;
      }
      for (const [property, rules] of validationRules(dto)) {
        const documented = schema.properties?.[property];
        const required = schema.required?.includes(property) ?? false;
        const problem = documented ? mismatch(document, documented, required, rules) : 'is not documented';
        if (problem) problems.push(`${dto.name}.${property} ${problem}`);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('documents one 2xx answer for every operation, with its schema or content type (204: no body)', () => {
    const all = operations(document);
    const problems = all.flatMap(([name, operation]) => {
      const problem = successProblem(operation);
      return problem ? [`${name} ${problem}`] : [];
    });
    expect(all.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('documents for every route the success status it really answers with', () => {
    const mismatched = routeTable(testApp.app).flatMap((route) => {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const documented = Object.keys(document.paths[path]?.[route.method.toLowerCase()]?.responses ?? {});
      const success = documented.filter((status) => status.startsWith('2'));
      return success.join() === String(route.successStatus)
        ? []
        : [
            `${route.method} ${route.path} answers ${route.successStatus}, documented ${success.join() || 'none'}`,
          ];
    });
    expect(mismatched).toEqual([]);
  });

  it('gives every property of every success body a type, down to nested objects, items and map values', () => {
    const problems = operations(document).flatMap(([name, operation]) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, answer]) => Object.values(answer.content ?? {}))
        .flatMap((body) => (body?.schema ? untypedPaths(document, body.schema, '') : []))
        .map((path) => `${name}: ${path}`),
    );
    expect(problems).toEqual([]);
  });

  it('refers only to schemas it defines', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
    const missing = [...new Set(refs.map(([, name]) => name))].filter(
      (name) => !document.components.schemas[name],
    );
    expect(refs.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
