import type { Db } from '@/db/client';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { listNoticesIn, markNoticesReadIn } from './notice-box';

/** The provider the actor works for; an account linked to none has no notices to read. */
function providerBox(actor: Actor) {
  assertPermission(actor, 'provider.notices');
  if (!actor.providerId) throw new AppError('forbidden');
  return { providerId: actor.providerId };
}

/** The actor's provider's cabinet notices, newest first, with how many are unread in all. */
export async function listProviderNotices(db: Db, actor: Actor) {
  return listNoticesIn(db, providerBox(actor));
}

/** Marks the actor's provider's notices as read (the ones named, or all); audited. */
export async function markProviderNoticesRead(db: Db, actor: Actor, noticeIds?: readonly string[]): Promise<string[]> {
  return markNoticesReadIn(db, actor, providerBox(actor), noticeIds);
}
