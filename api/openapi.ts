// Builds the OpenAPI 3.1 document from the zod schemas of the operations (z.toJSONSchema, JSON
// Schema 2020-12 as OpenAPI 3.1 expects). Built once per app; served at /api/v1/openapi.json.
import { z } from 'zod';
import { ErrorBodySchema } from './schemas/common.js';
import { OPERATIONS, type Operation } from './schemas/operations.js';

type Json = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete json.$schema;
  return json;
}

function parameters(op: Operation): Json[] {
  const out: Json[] = [];
  const add = (obj: z.ZodObject | undefined, where: 'path' | 'query') => {
    if (!obj) return;
    const json = toSchema(obj, 'input');
    const props = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(props)) {
      const { description, ...rest } = schema;
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: rest, ...(description ? { description } : {}) });
    }
  };
  add(op.params, 'path');
  add(op.query, 'query');
  return out;
}

const ERROR_RESPONSE = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operationObject(op: Operation): Json {
  const responses: Json = {
    [op.status ?? 200]: {
      description: op.responseDescription ?? 'OK',
      content: {
        'application/json': { schema: toSchema(op.response, 'output') },
        ...(op.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
      },
    },
    400: ERROR_RESPONSE('Invalid input (zod issues in error.details)'),
  };
  if (op.params) responses[404] = ERROR_RESPONSE('Unknown id');
  if (op.auth) {
    responses[401] = ERROR_RESPONSE('Missing or wrong bearer token');
    responses[403] = ERROR_RESPONSE('Writes disabled (no admin token configured) or refused by policy');
    responses[429] = ERROR_RESPONSE('Rate limited');
  }
  responses[503] = ERROR_RESPONSE('Request exceeded its time limit');
  const body: Json | undefined = op.body || op.multipart
    ? {
        required: true,
        content: {
          ...(op.body ? { 'application/json': { schema: toSchema(op.body, 'input') } } : {}),
          ...(op.multipart ? { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: ['file'] } } } : {}),
        },
      }
    : undefined;
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    parameters: parameters(op),
    ...(body ? { requestBody: body } : {}),
    ...(op.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document for every operation under /api/v1. */
export function buildOpenApi(version = '0.1.0'): Json {
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    const path = '/api/v1' + op.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[op.method] = operationObject(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'citegraph API',
      version,
      description: 'Who cites what, who spoke for whom, and which cited links have rotted. Reads are public; writes need `Authorization: Bearer <CITEGRAPH_ADMIN_TOKEN>`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: toSchema(ErrorBodySchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
