import 'server-only';
import type { z } from 'zod';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { resolveApiActor } from '@/lib/auth/access';
import { AppError } from '@/lib/errors';
import { LOCALE_COOKIE, resolveLocale, type Locale } from '@/lib/i18n/config';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import type { EndpointSpec } from './contract';
import { problemResponse } from './problem';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { joinedTransaction } from '@/db/joined-transaction';
import { claimIdempotencyKey, parseIdempotencyKey, recordIdempotentAnswer, requestDigest } from './idempotency';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface EndpointContext<S extends EndpointSpec> {
  actor: S['access'] extends 'public' ? Actor | null : Actor;
  params: Infer<S['params']>;
  query: Infer<S['query']>;
  body: Infer<S['body']>;
  request: Request;
  locale: Locale;
  /** The database to act on: the idempotency claim's transaction when one is made (the handler's own transactions join it). */
  db: Db;
}

function requestLocale(request: Request): Locale {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, request.headers.get('accept-language'));
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', { fieldErrors: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Reads at most `limit` bytes: a declared or actual larger body is refused before it fills memory. */
async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('malformed_request', { detailKey: 'errors.malformed_request.content_type' });
  }
  const tooLarge = () => new AppError('payload_too_large', { values: { limit: Math.round(limit / 1024) } });
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('malformed_request', { detailKey: 'errors.malformed_request.json' });
  }
}

/**
 * Turns an endpoint of the contract and a handler into a route handler: resolves the caller,
 * checks the declared permission (deny by default), validates query and body with the contract's
 * schemas, and answers JSON or problem+json in the caller's language.
 */
export function handle<S extends EndpointSpec>(
  spec: S,
  handler: (ctx: EndpointContext<S>) => Promise<z.infer<S['response']> | Response>,
): (request: Request, route: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  return async (request, route) => {
    const locale = requestLocale(request);
    try {
      const actor =
        spec.access === 'public' ? null : assertPermission(await resolveApiActor(request), spec.access);
      const params = spec.params ? parseOrThrow(spec.params, await route.params) : undefined;
      const query = spec.query
        ? parseOrThrow(spec.query, Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const body = spec.body ? parseOrThrow(spec.body, await readJson(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) : undefined;
      const key = spec.idempotent ? parseIdempotencyKey(request.headers.get('idempotency-key')) : null;
      const context = { actor, params, query, body, request, locale, db: getDb() } as EndpointContext<S>;
      if (!key || !actor) {
        const result = await handler(context);
        if (result instanceof Response) return result;
        return Response.json(result, { status: spec.successStatus, headers: { 'cache-control': 'no-store' } });
      }
      const path = new URL(request.url).pathname;
      const answer = await getDb().transaction(async (tx) => {
        const claimed = { userId: actor.userId, key, method: spec.method, path, digest: requestDigest(spec.method, path, body) };
        const claim = await claimIdempotencyKey(tx, claimed);
        if ('replay' in claim) return { ...claim.replay, replayed: true };
        const result = await handler({ ...context, db: joinedTransaction(tx) });
        if (result instanceof Response) throw new Error('idempotent endpoints answer JSON');
        await recordIdempotentAnswer(tx, claimed, { status: spec.successStatus, body: result });
        return { status: spec.successStatus, body: result as unknown, replayed: false };
      });
      return Response.json(answer.body, {
        status: answer.status,
        headers: { 'cache-control': 'no-store', ...(answer.replayed ? { 'idempotent-replayed': 'true' } : {}) },
      });
    } catch (error) {
      return problemResponse(error, locale);
    }
  };
}
