import { z } from 'zod';
import { meResponseSchema, tokenRequestSchema, tokenResponseSchema } from '@/lib/auth/schemas';
import type { Permission } from '@/lib/auth/permissions';
import { deadlineQuerySchema, deadlineResponseSchema } from '@/lib/calendar/schemas';

/**
 * The REST API's contract: every endpoint, its schemas and the permission it needs. Route
 * handlers validate with these schemas and /api/v1/openapi.json is generated from them, so
 * the document cannot drift from what the code accepts.
 */
export interface EndpointSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** 'public' endpoints need no credential; every other one names its permission. */
  access: 'public' | Permission;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  successStatus: 200 | 201;
  /** Problem codes the endpoint may answer besides validation and server errors. */
  problems: readonly (401 | 403 | 404 | 409 | 422 | 429)[];
}

export const healthResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const endpoints = {
  health: {
    method: 'GET',
    path: '/api/v1/health',
    operationId: 'getHealth',
    summary: 'Liveness: answers without touching the database',
    tag: 'service',
    access: 'public',
    response: healthResponseSchema,
    successStatus: 200,
    problems: [],
  },
  issueToken: {
    method: 'POST',
    path: '/api/v1/auth/token',
    operationId: 'issueToken',
    summary: 'Exchange a login and password for a bearer token (valid one hour)',
    tag: 'auth',
    access: 'public',
    body: tokenRequestSchema,
    response: tokenResponseSchema,
    successStatus: 200,
    problems: [401, 403, 429],
  },
  me: {
    method: 'GET',
    path: '/api/v1/me',
    operationId: 'getMe',
    summary: 'The account behind the token or session',
    tag: 'auth',
    access: 'profile.read',
    response: meResponseSchema,
    successStatus: 200,
    problems: [401],
  },
  deadline: {
    method: 'GET',
    path: '/api/v1/calendar/deadline',
    operationId: 'getWorkingDayDeadline',
    summary: 'The end of the Nth working day after an arrival instant (arrival day not counted), Asia/Almaty',
    tag: 'calendar',
    access: 'calendar.read',
    query: deadlineQuerySchema,
    response: deadlineResponseSchema,
    successStatus: 200,
    problems: [401, 403, 422],
  },
  openapi: {
    method: 'GET',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI 3.1 document',
    tag: 'service',
    access: 'public',
    response: z.record(z.string(), z.unknown()).meta({ id: 'OpenApiDocument' }),
    successStatus: 200,
    problems: [],
  },
} as const satisfies Record<string, EndpointSpec>;
