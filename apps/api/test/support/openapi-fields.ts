/** The parts of an OpenAPI 3 document the input tests read. */
export interface Schema {
  type?: string;
  $ref?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  additionalProperties?: Schema | boolean;
}

/** One answer of an operation: a JSON schema or another content type under each media type. */
export interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: Schema } | undefined>;
}

export interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema } | undefined> };
  responses?: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Follows a `$ref` (and a one-entry `allOf`, which Nest uses for references with a description). */
export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').pop() ?? '']);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  return schema;
}

/** The JSON request body schema of a route given as in the route table (`/api/x/:id`), if documented. */
export function bodySchema(document: OpenApiDocument, method: string, path: string): Schema | undefined {
  const operation = document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const schema = operation?.requestBody?.content['application/json']?.schema;
  return schema ? resolve(document, schema) : undefined;
}

/** The names of a route's query parameters (`/api/x/:id` as in the route table), as documented. */
export function queryFields(document: OpenApiDocument, method: string, path: string): string[] {
  const operation = document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  return (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

/** Every operation of the document as `GET /api/x/{id}` with its definition. */
export function operations(document: OpenApiDocument): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation,
    ]),
  );
}

/**
 * What is wrong with an operation's success answers, if anything: it needs exactly one 2xx answer; a 204 has
 * no body, any other names a schema or a content type for each of its media types.
 */
export function successProblem(operation: Operation): string | undefined {
  const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) return 'has no 2xx answer';
  if (success.length > 1) return `has several 2xx answers (${success.map(([s]) => s).join(', ')})`;
  const [[status, answer]] = success;
  const media = Object.entries(answer.content ?? {});
  if (status === '204') return media.length === 0 ? undefined : 'answers 204 with a body';
  if (media.length === 0) return `answers ${status} without a schema or content type`;
  const bare = media.filter(([, body]) => !body?.schema).map(([type]) => type);
  return bare.length ? `answers ${status} as ${bare.join(', ')} without a schema` : undefined;
}

/**
 * The paths below a schema (`rows[].name`) whose type is not documented: a property, an array's items or a
 * map's values needs a `type`, a reference, or alternatives that each have one. `seen` stops at references
 * already walked, so recursive types end.
 */
export function untypedPaths(
  document: OpenApiDocument,
  schema: Schema,
  path: string,
  seen: Set<string> = new Set(),
): string[] {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    return untypedPaths(document, resolve(document, schema), path, seen);
  }
  const alternatives = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (alternatives) return alternatives.flatMap((s) => untypedPaths(document, s, path, seen));
  if (!schema.type && !schema.enum) return [path || '(the body)'];
  const below = Object.entries(schema.properties ?? {}).flatMap(([key, s]) =>
    untypedPaths(document, s, path ? `${path}.${key}` : key, seen),
  );
  if (schema.items) below.push(...untypedPaths(document, schema.items, `${path}[]`, seen));
  if (typeof schema.additionalProperties === 'object')
    below.push(...untypedPaths(document, schema.additionalProperties, `${path}{}`, seen));
  return below;
}

/** `values[0].value` → `['values', 'value']`: array positions do not change which property is meant. */
export function fieldSegments(field: string): string[] {
  return field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((segment) => segment !== '');
}

/**
 * True when a `details[].field` path names a property of the schema. Free-form objects (a name by language,
 * a map of scores, a framework document) accept any path below them.
 */
export function schemaHasField(document: OpenApiDocument, root: Schema, field: string): boolean {
  let schema: Schema | undefined = root;
  for (const segment of fieldSegments(field)) {
    schema = schema && resolve(document, schema);
    while (schema?.type === 'array' && schema.items) schema = resolve(document, schema.items);
    if (!schema) return false;
    if (!schema.properties) {
      if (schema.type !== undefined && schema.type !== 'object') return false;
      return schema.required ? schema.required.includes(segment) : true;
    }
    schema = schema.properties[segment];
  }
  return schema !== undefined;
}
