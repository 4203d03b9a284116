import type { OpenAPIObject } from '@nestjs/swagger';
import generated from './response-schemas.json';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** The generated schemas of every documented response body (`npm run openapi:schemas` writes them). */
const RESPONSE_SCHEMAS = generated as Record<string, SchemaObject>;

/**
 * Adds the response bodies' schemas to the document's `components.schemas`, beside the request bodies Nest
 * derives from the DTO classes. Throws if a name is taken, so a DTO can never silently replace a contract type.
 */
export function addResponseSchemas(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {});
  const taken = Object.keys(RESPONSE_SCHEMAS).filter((name) => name in schemas);
  if (taken.length > 0) throw new Error(`OpenAPI schema names used twice: ${taken.join(', ')}`);
  Object.assign(schemas, RESPONSE_SCHEMAS);
}
