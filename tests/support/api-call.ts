import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { issueApiToken, type Actor } from '@/lib/auth/actor';

/** Any App Router route handler: its params' type is the route's own. */
export type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export interface ApiCallOptions extends RequestInit {
  /** The route's dynamic segments, as Next.js passes them. */
  params?: Record<string, string>;
  /** Accept-Language: the language problems are answered in (Russian unless told). */
  language?: 'kk' | 'ru' | 'en';
}

/**
 * Calls a route handler the way an API client would: as `actor`, with a bearer token issued to
 * their account, JSON in, in the language asked. Answers the Response itself.
 */
export async function callRoute(db: Db, handler: RouteHandler, url: string, actor: Actor, options: ApiCallOptions = {}): Promise<Response> {
  const { params = {}, language = 'ru', headers, ...init } = options;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  const { token } = await issueApiToken(db, user!);
  const request = new Request(`http://qamqor.test${url}`, { ...init, headers: { authorization: `Bearer ${token}`, 'accept-language': language, 'content-type': 'application/json', ...headers } });
  return handler(request, { params: Promise.resolve(params as never) });
}

/** The same, answering the status, content type, Location and the JSON body. */
export async function callRouteJson(db: Db, handler: RouteHandler, url: string, actor: Actor, options: ApiCallOptions = {}) {
  const response = await callRoute(db, handler, url, actor, options);
  return { status: response.status, type: response.headers.get('content-type'), location: response.headers.get('location'), body: (await response.json()) as Record<string, unknown> };
}
