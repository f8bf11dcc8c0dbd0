import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { AppError } from '@/lib/errors';
import { actorFromApiToken, assertPermission, loadActor, type Actor } from './actor';
import { getAuthOptions } from './next-auth-options';
import { can, type Permission } from './permissions';

/**
 * The server-only access layer (R12). Pages, server actions and route handlers resolve the
 * actor here and declare a permission; middleware never decides.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  return loadActor(getDb(), session.user.id, session.user.sv);
});

/** For pages: an anonymous visitor goes to sign-in, a signed-in one without the right to the 403 page. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect('/sign-in');
  if (!can(actor.role, permission)) redirect('/forbidden');
  return actor;
}

/** For server actions: the same check, as an error the action turns into a message. */
export async function requireActionActor(permission: Permission): Promise<Actor> {
  return assertPermission(await getSessionActor(), permission);
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * For the REST API: a bearer token, or the browser's session cookie. A cookie-authenticated
 * mutation must come from our own origin (R14); bearer calls carry no ambient credential.
 */
export async function resolveApiActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError('unauthenticated');
    const actor = await actorFromApiToken(getDb(), match[1]);
    if (!actor) throw new AppError('unauthenticated', { detailKey: 'errors.unauthenticated.token' });
    return actor;
  }
  if (MUTATING.has(request.method)) assertSameOrigin(request);
  return getSessionActor();
}

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (fetchSite && fetchSite !== 'same-origin') throw new AppError('csrf_rejected');
  if (!origin || !host) throw new AppError('csrf_rejected');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('csrf_rejected');
  }
  if (originHost !== host) throw new AppError('csrf_rejected');
}
