// Checks real answers against `/api/openapi.json`: the API test's calls and every `/api/` answer the
// end-to-end journeys' Chromium receives (e2e/harness.ts). An answer fails when its route is not
// described, its status is neither described nor a problem, or its body does not match the schema.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface MediaObject {
  schema?: Record<string, unknown>;
}
interface OperationObject {
  responses: Record<string, { content?: Record<string, MediaObject> }>;
}
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown> };
}

/** One answer as a client saw it. */
export interface SeenAnswer {
  method: string;
  /** The URL's path, without the query. */
  path: string;
  status: number;
  contentType: string;
  /** The parsed JSON body (JSON answers only). */
  body?: unknown;
}

export class OpenApiAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false });
  private readonly templates: { pattern: RegExp; params: number; template: string }[];

  constructor(readonly document: OpenApiDocument) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: 'portail', components: document.components });
    this.templates = Object.keys(document.paths)
      .map((template) => ({
        template,
        params: (template.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        ),
      }))
      // A literal segment wins over a parameter (`/demandes/brouillon` before `/demandes/{id}`).
      .sort((a, b) => a.params - b.params);
  }

  /** The described path a concrete path falls under, or null. */
  templateOf(path: string): string | null {
    return this.templates.find(({ pattern }) => pattern.test(path))?.template ?? null;
  }

  /** What is wrong with an answer, or null when the description holds. */
  check(answer: SeenAnswer): string | null {
    const where = `${answer.method} ${answer.path} → ${answer.status}`;
    const template = this.templateOf(answer.path);
    const operation = template ? this.document.paths[template]?.[answer.method.toLowerCase()] : undefined;
    if (!operation) return `${where}: route not described`;
    const response =
      operation.responses[String(answer.status)] ??
      (answer.status >= 400 ? operation.responses.default : undefined);
    if (!response) return `${where}: status not described`;
    if (answer.status === 204 || answer.status === 304 || !response.content) return null;
    const media = answer.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const described = response.content[media];
    if (!described)
      return `${where}: ${media || 'no content type'} not described (${Object.keys(response.content).join(', ')})`;
    if (answer.body === undefined || !described.schema) return null;
    const ref = described.schema.$ref;
    const validate = this.ajv.compile(typeof ref === 'string' ? { $ref: `portail${ref}` } : described.schema);
    if (validate(answer.body)) return null;
    const [first] = validate.errors ?? [];
    return `${where}: ${first?.instancePath || '(body)'} ${first?.message ?? 'does not match'} ${first?.params ? JSON.stringify(first.params) : ''}`;
  }
}

export function isJson(contentType: string): boolean {
  return /^application\/([a-z.+-]+\+)?json\b/i.test(contentType);
}
