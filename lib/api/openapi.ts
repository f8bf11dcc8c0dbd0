import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { endpoints, type EndpointSpec } from './contract';
import { problemSchema } from './schemas';
import { IDEMPOTENCY_KEYS_KEPT_DAYS } from '@/lib/retention/periods';

const problemDescriptions: Record<number, string> = {
  400: 'Malformed request',
  401: 'No valid credential',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  422: 'Validation failed or a rule refused the request',
  413: 'Request body too large',
  429: 'Too many attempts',
  500: 'Server error (with an incident id)',
  503: 'A service the request needs is not running; nothing was done, try again later',
};

function operationFor(spec: EndpointSpec): ZodOpenApiOperationObject {
  const problemStatuses = new Set<number>([...spec.problems, 500]);
  if (spec.query || spec.body || spec.params) problemStatuses.add(422);
  if (spec.body) {
    problemStatuses.add(400);
    problemStatuses.add(413);
  }
  const responses: ZodOpenApiResponsesObject = {
    [`${spec.successStatus}`]: {
      description: 'Success',
      content: { [spec.responseContentType ?? 'application/json']: { schema: spec.response } },
    },
  };
  for (const status of [...problemStatuses].sort()) {
    responses[`${status}` as `4${string}`] = {
      description: problemDescriptions[status] ?? 'Error',
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    security: spec.access === 'public' ? [] : [{ bearer: [] }, { session: [] }],
    ...(spec.query || spec.params
      ? { requestParams: { ...(spec.query ? { query: spec.query as never } : {}), ...(spec.params ? { path: spec.params as never } : {}) } }
      : {}),
    ...(spec.idempotent
      ? {
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header' as const,
              required: false,
              description: `Up to 200 printable ASCII characters; the same key and body replay the first answer (header Idempotent-Replayed: true), the same key with another body is 409. Kept ${IDEMPOTENCY_KEYS_KEPT_DAYS} days.`,
              schema: { type: 'string' as const, maxLength: 200 },
            },
          ],
        }
      : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of Object.values(endpoints) as EndpointSpec[]) {
    const item = (paths[spec.path] ??= {});
    item[spec.method.toLowerCase() as 'get'] = operationFor(spec);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Qamqor social services portal API',
      version: '1.0.0',
      description:
        'Integration API of the Qamqor portal. Errors are RFC 9457 application/problem+json with a stable `type` and `code`.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Token from POST /api/v1/auth/token' },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
    },
    paths,
  });
}
