import type { MiddlewareHandler } from 'hono';
import type { RouterRoute } from 'hono/types';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '../contract/problem.js';
import { UPLOAD_FIELD, type UploadFormat } from '../contract/uploads.js';
import { readJson, readQuery } from './problem.js';

const OPERATION = Symbol.for('portail.openapi.operation');
/** Hono keeps a mounted route's own handler under this key when it wraps it (`hono/utils/constants`). */
const COMPOSED_HANDLER = '__COMPOSED_HANDLER';

/**
 * What an answer carries: a contract type's name (JSON), other media types (several when it depends
 * on the answer, e.g. `STORED_FILE_MEDIA`), or nothing (`null`).
 */
export type Answer =
  | string
  | { type?: string; media: string | readonly string[]; description?: string }
  | null;

/** The formats a member's stored file may have (what uploads accept, SPEC C4): a file's download. */
export const STORED_FILE_MEDIA: readonly UploadFormat[] = ['application/pdf', 'image/jpeg', 'image/png'];

export interface OperationSpec<Body extends z.ZodType | undefined, Query extends z.ZodType | undefined> {
  summary: string;
  description?: string;
  /** The JSON body: validated here (French 400/415 problems), then `c.req.valid('json')`. */
  body?: Body;
  /** The query string: validated here (French 400), then `c.req.valid('query')`. */
  query?: Query;
  /**
   * A multipart upload (the route reads it with `kernel.uploads.receive`): its text fields' schema;
   * the files go under `fichiers`.
   */
  upload?: z.ZodType;
  /** The answers on success, by status; every operation may also answer a problem (`default`). */
  responses: Partial<Record<200 | 201 | 202 | 204 | 302 | 303, Answer>>;
}

type BodyInput<Body> = Body extends z.ZodType
  ? { in: { json: z.input<Body> }; out: { json: z.output<Body> } }
  : object;
type QueryInput<Query> = Query extends z.ZodType
  ? { in: { query: Record<string, string> }; out: { query: z.output<Query> } }
  : object;

/**
 * A route's description in `/api/openapi.json`, and the validation of its query and JSON body with
 * the very schemas it is described with. Put it after the route's access checks (a caller without
 * access gets 401/403 before any 400), just before the handler:
 * `app.post('/messages', member, operation({ summary, body: newMessageSchema, responses: { 201: 'MemberRequest' } }), (c) => c.req.valid('json'))`.
 */
export function operation<
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(
  spec: OperationSpec<Body, Query>,
): MiddlewareHandler<
  // biome-ignore lint/suspicious/noExplicitAny: an operation fits any route's environment
  any,
  string,
  BodyInput<Body> & QueryInput<Query>
> {
  const { body, query } = spec;
  const middleware: MiddlewareHandler = async (c, next) => {
    if (query) c.req.addValidatedData('query', readQuery(c, query) as object);
    if (body) c.req.addValidatedData('json', (await readJson(c, body)) as object);
    await next();
  };
  return Object.assign(middleware, { [OPERATION]: spec }) as unknown as MiddlewareHandler<
    // biome-ignore lint/suspicious/noExplicitAny: as above
    any,
    string,
    BodyInput<Body> & QueryInput<Query>
  >;
}

type AnyOperation = OperationSpec<z.ZodType | undefined, z.ZodType | undefined>;

function operationOf(handler: unknown): AnyOperation | undefined {
  const own = (handler as Record<symbol, AnyOperation | undefined>)[OPERATION];
  if (own) return own;
  const inner = (handler as Record<string, unknown>)[COMPOSED_HANDLER];
  return inner ? operationOf(inner) : undefined;
}

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Créé', // i18n-ignore
  202: 'Accepté', // i18n-ignore
  204: 'Sans contenu',
  302: 'Redirection',
  303: 'Redirection',
};

function answerObject(status: number, answer: Answer) {
  if (answer === null) return { description: STATUS_TEXT[status] ?? 'Réponse' }; // i18n-ignore
  const { type, media, description } =
    typeof answer === 'string' ? { type: answer, media: 'application/json', description: undefined } : answer;
  const schemaOf = (mediaType: string) =>
    type
      ? { $ref: `#/components/schemas/${type}` }
      : /json$/.test(mediaType)
        ? { type: 'object' }
        : { type: 'string', contentMediaType: mediaType };
  return {
    description: description ?? STATUS_TEXT[status] ?? 'Réponse', // i18n-ignore
    content: Object.fromEntries(
      (typeof media === 'string' ? [media] : media).map((mediaType) => [
        mediaType,
        { schema: schemaOf(mediaType) },
      ]),
    ),
  };
}

/** `/:id` → `/{id}` (and `:file{[a-z]+}` → `{file}`), with the names of the path's parameters. */
function openApiPath(path: string): { path: string; names: string[] } {
  const names: string[] = [];
  const converted = path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path: converted, names };
}

function queryParameters(schema: z.ZodType) {
  const json = jsonSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operationObject(spec: AnyOperation, pathNames: string[], tag: string) {
  const parameters = [
    ...pathNames.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(spec.query ? queryParameters(spec.query) : []),
  ];
  const requestBody = spec.body
    ? { required: true, content: { 'application/json': { schema: jsonSchemaOf(spec.body) } } }
    : spec.upload
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                ...jsonSchemaOf(spec.upload),
                properties: {
                  ...((jsonSchemaOf(spec.upload).properties as object | undefined) ?? {}),
                  [UPLOAD_FIELD]: {
                    type: 'array',
                    items: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                },
              },
            },
          },
        }
      : undefined;
  return {
    tags: [tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(spec.responses).map(([status, answer]) => [
          status,
          answerObject(Number(status), answer),
        ]),
      ),
      default: {
        description: 'Refus ou erreur, avec un détail en français (RFC 9457)', // i18n-ignore
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    },
  };
}

export interface OpenApiOptions {
  /** The routes of the API app (`app.routes`), relative to `prefix`. */
  routes: readonly RouterRoute[];
  prefix: string;
  /** JSON Schemas of the contracts' types, by name (`scripts/contract-schemas.mjs`). */
  schemas: Record<string, unknown>;
  /** Production's cookies are `__Host-` ones. */
  production: boolean;
}

/** What `/api/openapi.json` answers: every described route of the API, and the routes not described. */
export function openApiDocument({ routes, prefix, schemas, production }: OpenApiOptions) {
  const cookie = (name: string) => (production ? `__Host-${name}` : name);
  const paths: Record<string, Record<string, unknown>> = {};
  const undescribed = new Set<string>();
  const byRoute = new Map<string, AnyOperation | undefined>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    const key = `${route.method} ${route.path}`;
    byRoute.set(key, byRoute.get(key) ?? operationOf(route.handler));
  }
  for (const [key, spec] of byRoute) {
    const [method, routePath] = key.split(' ') as [string, string];
    if (!spec) {
      undescribed.add(`${method} ${prefix}${routePath}`);
      continue;
    }
    const { path, names } = openApiPath(`${prefix}${routePath}`);
    const tag = routePath.split('/')[1] || 'portail';
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method.toLowerCase()] = operationObject(spec, names, tag);
  }
  return {
    document: {
      openapi: '3.1.0',
      info: {
        title: 'Portail Adhérent — API', // i18n-ignore
        version: '1.0',
        // The API's description, for developers: French only (no member's text).
        description:
          "L'API du portail : espace adhérent (session par cookie), widgets des intranets employeurs " + // i18n-ignore
          '(jeton `Authorization: Bearer`, SPEC W2) et back office (session gestionnaire). Les écritures ' + // i18n-ignore
          'viennent du portail lui-même (en-tête Origin) et acceptent une clé `Idempotency-Key`.', // i18n-ignore
      },
      paths,
      components: {
        schemas,
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: cookie('portail_session') },
          widget: { type: 'http', scheme: 'bearer' },
          manager: { type: 'apiKey', in: 'cookie', name: cookie('portail_gestion') },
        },
      },
    },
    undescribed: [...undescribed].sort(),
  };
}
