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
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: Schema } | undefined> } }>
  >;
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
